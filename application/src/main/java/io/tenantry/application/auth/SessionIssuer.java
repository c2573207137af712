package io.tenantry.application.auth;

import io.tenantry.application.shared.SecureTokens;
import io.tenantry.domain.auth.RefreshToken;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.auth.ScopedToken;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.user.User;
import java.time.Clock;
import java.time.Instant;

/** Issues token pairs: a signed access token and an opaque, hashed-at-rest refresh token. */
public final class SessionIssuer {
  private final AccessTokens accessTokens;
  private final RefreshTokenRepository refreshTokens;
  private final SecureTokens secureTokens;
  private final AuthSettings settings;
  private final Clock clock;

  public SessionIssuer(
      AccessTokens accessTokens,
      RefreshTokenRepository refreshTokens,
      SecureTokens secureTokens,
      AuthSettings settings,
      Clock clock) {
    this.accessTokens = accessTokens;
    this.refreshTokens = refreshTokens;
    this.secureTokens = secureTokens;
    this.settings = settings;
    this.clock = clock;
  }

  /** Starts a new session family; call inside the tenant's unit of work. */
  public TokenPair startSession(TenantRef tenant, User user) {
    ScopedToken refresh = newRefreshToken(tenant);
    Instant now = clock.instant();
    refreshTokens.save(
        RefreshToken.startFamily(
            user.id(), refresh.hash(), now, now.plus(settings.refreshTokenTtl())));
    return pair(tenant, user, refresh);
  }

  /** Rotates {@code used} to a successor in its family; call inside the tenant's unit of work. */
  public TokenPair rotate(TenantRef tenant, User user, RefreshToken used) {
    ScopedToken refresh = newRefreshToken(tenant);
    Instant now = clock.instant();
    RefreshToken next = used.rotate(refresh.hash(), now, now.plus(settings.refreshTokenTtl()));
    refreshTokens.save(used);
    refreshTokens.save(next);
    return pair(tenant, user, refresh);
  }

  private ScopedToken newRefreshToken(TenantRef tenant) {
    return ScopedToken.compose(tenant.id(), secureTokens.newSecret());
  }

  private TokenPair pair(TenantRef tenant, User user, ScopedToken refresh) {
    AccessTokens.IssuedToken access =
        accessTokens.issue(
            new AccessTokenClaims(
                user.id(),
                tenant.id(),
                tenant.slug(),
                user.email(),
                user.roles(),
                user.securityVersion()),
            settings.accessTokenTtl());
    return new TokenPair(
        access.token(),
        access.expiresIn(),
        refresh.value(),
        settings.refreshTokenTtl().toSeconds());
  }
}
