package io.tenantry.application.mfa;

import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.shared.SecureTokens;
import io.tenantry.domain.auth.OneTimeToken;
import io.tenantry.domain.auth.OneTimeTokenRepository;
import io.tenantry.domain.auth.ScopedToken;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code mfa_token} between a right password and the second step: 256 random bits naming the
 * tenant, stored by hash, bound to one user, one purpose and the client the password was given to
 * (the JSON login API, an OAuth client's hosted sign-in, or the {@code /account} sign-in), five
 * minutes, used once. Presented by another client it is refused like an unknown one. It is not an
 * access token and no bearer check ever accepts it.
 */
public final class MfaTokens {
  private final TenantDirectory tenants;
  private final OneTimeTokenRepository tokens;
  private final SecureTokens secureTokens;
  private final Clock clock;

  public MfaTokens(
      TenantDirectory tenants,
      OneTimeTokenRepository tokens,
      SecureTokens secureTokens,
      Clock clock) {
    this.tenants = tenants;
    this.tokens = tokens;
    this.secureTokens = secureTokens;
    this.clock = clock;
  }

  /**
   * Issues a token of {@code client} for the second step; call inside the tenant's unit of work.
   */
  public MfaChallenge issue(
      TenantSnapshot tenant, UserId user, MfaChallenge.Kind kind, ClientId client) {
    Instant now = clock.instant();
    TokenPurpose purpose = purposeOf(kind);
    ScopedToken token = ScopedToken.compose(tenant.id(), secureTokens.newSecret());
    tokens.save(
        OneTimeToken.issueFor(
            client.value(), user, purpose, token.hash(), now, now.plus(purpose.defaultLifetime())));
    return new MfaChallenge(kind, token.value());
  }

  /** The active tenant a presented token names; every other token is refused alike. */
  TenantSnapshot tenantOf(String presented) {
    return ScopedToken.parse(presented)
        .flatMap(token -> tenants.byId(token.tenant()))
        .filter(TenantSnapshot::isActive)
        .orElseThrow(MfaTokens::invalid);
  }

  /**
   * The unused, unexpired token of {@code client} for {@code kind}, locked; call inside the
   * tenant's unit of work.
   */
  OneTimeToken find(String presented, MfaChallenge.Kind kind, ClientId client) {
    Optional<ScopedToken> token = ScopedToken.parse(presented);
    Instant now = clock.instant();
    return token
        .flatMap(t -> tokens.findByHashForUpdate(t.hash()))
        .filter(t -> t.isRedeemable(purposeOf(kind), now))
        // A token issued before tokens named their client was one of the JSON login API.
        .filter(t -> t.client().orElse(ClientId.API.value()).equals(client.value()))
        .orElseThrow(MfaTokens::invalid);
  }

  void spend(OneTimeToken token) {
    token.markUsed(clock.instant());
    tokens.save(token);
  }

  static AuthenticationException invalid() {
    return new AuthenticationException(
        "invalid_token", "the mfa_token is unknown, expired or already used");
  }

  private static TokenPurpose purposeOf(MfaChallenge.Kind kind) {
    return kind == MfaChallenge.Kind.VERIFY ? TokenPurpose.MFA_LOGIN : TokenPurpose.MFA_ENROLMENT;
  }
}
