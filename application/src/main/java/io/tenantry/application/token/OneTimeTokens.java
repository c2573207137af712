package io.tenantry.application.token;

import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.auth.AuthSettings;
import io.tenantry.application.mail.MailOutbox;
import io.tenantry.application.mail.MailTemplate;
import io.tenantry.application.mail.OutboundMail;
import io.tenantry.application.shared.SecureTokens;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.OneTimeToken;
import io.tenantry.domain.auth.OneTimeTokenRepository;
import io.tenantry.domain.auth.ScopedToken;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Single-use tokens mailed as links (invitation, e-mail verification, password reset), issued and
 * redeemed here. Issuing stores the token's hash and queues its mail in the caller's unit of work,
 * so token, mail and the change they announce commit together. Redeeming finds the token's tenant,
 * locks the token, checks purpose, expiry and use, and runs the action in the unit of work that
 * marks the token used; every failure is the same {@code invalid_token}. A password-reset link
 * retires the older ones when issued and the others when used.
 */
public final class OneTimeTokens {
  private final UnitOfWork unitOfWork;
  private final TenantDirectory tenants;
  private final OneTimeTokenRepository tokens;
  private final UserRepository users;
  private final MailOutbox outbox;
  private final SecureTokens secureTokens;
  private final AuthSettings settings;
  private final Clock clock;

  public OneTimeTokens(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      OneTimeTokenRepository tokens,
      UserRepository users,
      MailOutbox outbox,
      SecureTokens secureTokens,
      AuthSettings settings,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.tokens = tokens;
    this.users = users;
    this.outbox = outbox;
    this.secureTokens = secureTokens;
    this.settings = settings;
    this.clock = clock;
  }

  /** Issues a token for {@code user} and queues its mail; call inside the tenant's unit of work. */
  public void issue(TenantSnapshot tenant, User user, TokenPurpose purpose) {
    Link link = Link.of(purpose);
    Instant now = clock.instant();
    Instant expires = now.plus(lifetime(purpose));
    ScopedToken token = ScopedToken.compose(tenant.id(), secureTokens.newSecret());
    if (purpose == TokenPurpose.PASSWORD_RESET) {
      // Only the newest reset link works: an older one left in a mailbox is no way in.
      tokens.spendAll(user.id(), purpose, now);
    }
    tokens.save(OneTimeToken.issue(user.id(), purpose, token.hash(), now, expires));
    outbox.enqueue(
        new OutboundMail(
            tenant.id(),
            user.email(),
            link.template(),
            Map.of(
                "tenant_name", tenant.name().value(),
                "display_name", user.displayName().value(),
                "link", settings.publicUrl() + link.path() + "?token=" + token.value(),
                "expires_at", expires.toString())));
  }

  /** Redeems {@code presented} for {@code purpose} and runs {@code action} with its user. */
  public <T> T redeem(String presented, TokenPurpose purpose, Redemption<T> action) {
    ScopedToken token = ScopedToken.parse(presented).orElseThrow(OneTimeTokens::invalid);
    TenantSnapshot tenant =
        tenants
            .byId(token.tenant())
            .filter(TenantSnapshot::isActive)
            .orElseThrow(OneTimeTokens::invalid);
    return unitOfWork.inTenant(
        tenant.ref(),
        () -> {
          Instant now = clock.instant();
          OneTimeToken stored =
              tokens
                  .findByHashForUpdate(token.hash())
                  .filter(t -> t.isRedeemable(purpose, now))
                  .orElseThrow(OneTimeTokens::invalid);
          User user = users.findById(stored.userId()).orElseThrow(OneTimeTokens::invalid);
          T result = action.apply(tenant.ref(), user, now);
          stored.markUsed(now);
          tokens.save(stored);
          if (purpose == TokenPurpose.PASSWORD_RESET) {
            tokens.spendAll(user.id(), purpose, now);
          }
          return result;
        });
  }

  /**
   * The tenant of a token that could still be redeemed for {@code purpose}, so a page can greet the
   * user before they act on it; nothing is changed and every other token is simply empty.
   */
  public Optional<TenantSnapshot> tenantIfRedeemable(String presented, TokenPurpose purpose) {
    Optional<ScopedToken> token = ScopedToken.parse(presented);
    Optional<TenantSnapshot> tenant =
        token.flatMap(t -> tenants.byId(t.tenant())).filter(TenantSnapshot::isActive);
    if (tenant.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    boolean redeemable =
        unitOfWork.inTenant(
            tenant.get().ref(),
            () ->
                tokens
                    .findByHashForUpdate(token.get().hash())
                    .filter(t -> t.isRedeemable(purpose, now))
                    .isPresent());
    return redeemable ? tenant : Optional.empty();
  }

  /** The answer to every token that cannot be redeemed. */
  public static RuleViolationException invalid() {
    return new RuleViolationException(
        "invalid_token", "token", "the token is unknown, expired or already used");
  }

  private Duration lifetime(TokenPurpose purpose) {
    return switch (purpose) {
      case INVITATION -> settings.invitationTtl();
      case EMAIL_VERIFICATION -> settings.verificationTtl();
      case PASSWORD_RESET -> settings.passwordResetTtl();
      case MFA_LOGIN, MFA_ENROLMENT -> purpose.defaultLifetime();
    };
  }

  /** What a redeemed token unlocks, run in the unit of work that marks it used. */
  @FunctionalInterface
  public interface Redemption<T> {
    T apply(TenantRef tenant, User user, Instant now);
  }

  private record Link(MailTemplate template, String path) {
    static Link of(TokenPurpose purpose) {
      return switch (purpose) {
        case INVITATION -> new Link(MailTemplate.INVITATION, "/accept-invitation");
        case EMAIL_VERIFICATION -> new Link(MailTemplate.EMAIL_VERIFICATION, "/verify-email");
        case PASSWORD_RESET -> new Link(MailTemplate.PASSWORD_RESET, "/reset-password");
        case MFA_LOGIN, MFA_ENROLMENT -> throw new IllegalArgumentException("never mailed");
      };
    }
  }
}
