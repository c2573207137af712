package io.tenantry.application.account;

import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.tenant.TenantDirectory;
import io.tenantry.domain.auth.OneTimeToken;
import io.tenantry.domain.auth.OneTimeTokenRepository;
import io.tenantry.domain.auth.ScopedToken;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;

/**
 * Redeems single-use tokens: finds the token's tenant, locks the token, checks purpose, expiry and
 * use, and runs the action in the same unit of work as marking the token used. Every failure is the
 * same {@code invalid_token}.
 */
public final class OneTimeTokens {
  private final UnitOfWork unitOfWork;
  private final TenantDirectory tenants;
  private final OneTimeTokenRepository tokens;
  private final UserRepository users;
  private final Clock clock;

  public OneTimeTokens(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      OneTimeTokenRepository tokens,
      UserRepository users,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.tokens = tokens;
    this.users = users;
    this.clock = clock;
  }

  <T> T redeem(String presented, TokenPurpose purpose, AccountService.Redemption<T> action) {
    ScopedToken token = ScopedToken.parse(presented).orElseThrow(OneTimeTokens::invalid);
    Tenant tenant =
        tenants.byId(token.tenant()).filter(Tenant::isActive).orElseThrow(OneTimeTokens::invalid);
    return unitOfWork.inTenant(
        tenant.slug(),
        () -> {
          Instant now = clock.instant();
          OneTimeToken stored =
              tokens
                  .findByHashForUpdate(token.hash())
                  .filter(t -> t.isRedeemable(purpose, now))
                  .orElseThrow(OneTimeTokens::invalid);
          User user = users.findById(stored.userId()).orElseThrow(OneTimeTokens::invalid);
          T result = action.apply(tenant, user, now);
          stored.markUsed(now);
          tokens.save(stored);
          return result;
        });
  }

  static RuleViolationException invalid() {
    return new RuleViolationException(
        "invalid_token", "token", "the token is unknown, expired or already used");
  }
}
