package io.tenantry.application.auth;

import io.tenantry.application.audit.RequestOrigin;
import io.tenantry.application.shared.SecureTokens;
import io.tenantry.domain.auth.RefreshToken;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.auth.ScopedToken;
import io.tenantry.domain.auth.SessionChain;
import io.tenantry.domain.auth.SessionOrigin;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Issues token pairs: a signed access token naming its session ({@code sid}) and an opaque,
 * hashed-at-rest refresh token. A session carries the user's security version at login and an
 * absolute end; no refresh token outlives it.
 */
public final class SessionIssuer {
  private final AccessTokens accessTokens;
  private final RefreshTokenRepository refreshTokens;
  private final SecureTokens secureTokens;
  private final RequestOrigin requestOrigin;
  private final AuthSettings settings;
  private final Clock clock;

  public SessionIssuer(
      AccessTokens accessTokens,
      RefreshTokenRepository refreshTokens,
      SecureTokens secureTokens,
      RequestOrigin requestOrigin,
      AuthSettings settings,
      Clock clock) {
    this.accessTokens = accessTokens;
    this.refreshTokens = refreshTokens;
    this.secureTokens = secureTokens;
    this.requestOrigin = requestOrigin;
    this.settings = settings;
    this.clock = clock;
  }

  /** Starts a new session; call inside the tenant's unit of work. */
  public TokenPair startSession(TenantRef tenant, User user) {
    ScopedToken refresh = newRefreshToken(tenant);
    Instant now = clock.instant();
    SessionChain session =
        SessionChain.start(now, now.plus(settings.sessionMaxLifetime()), user.securityVersion());
    RefreshToken token =
        RefreshToken.startFamily(
            user.id(),
            session,
            origin(),
            refresh.hash(),
            now,
            now.plus(settings.refreshTokenTtl()));
    refreshTokens.save(token);
    return pair(tenant, user, token, refresh, now);
  }

  /** Rotates {@code used} to a successor in its session; call inside the tenant's unit of work. */
  public TokenPair rotate(TenantRef tenant, User user, RefreshToken used) {
    ScopedToken refresh = newRefreshToken(tenant);
    Instant now = clock.instant();
    RefreshToken next =
        used.rotate(refresh.hash(), origin(), now, now.plus(settings.refreshTokenTtl()));
    refreshTokens.save(used);
    refreshTokens.save(next);
    return pair(tenant, user, next, refresh, now);
  }

  private SessionOrigin origin() {
    return new SessionOrigin(
        requestOrigin.clientIp().orElse(null), requestOrigin.userAgent().orElse(null));
  }

  private ScopedToken newRefreshToken(TenantRef tenant) {
    return ScopedToken.compose(tenant.id(), secureTokens.newSecret());
  }

  private TokenPair pair(
      TenantRef tenant, User user, RefreshToken stored, ScopedToken refresh, Instant now) {
    UUID sid = stored.familyId();
    AccessTokens.IssuedToken access =
        accessTokens.issue(
            new AccessTokenClaims(
                user.id(),
                tenant.id(),
                tenant.slug(),
                user.email(),
                user.roles(),
                user.securityVersion(),
                sid),
            accessTtl(stored, now));
    return new TokenPair(
        access.token(),
        access.expiresIn(),
        refresh.value(),
        Duration.between(now, stored.expiresAt()).toSeconds());
  }

  /** An access token does not outlive its session either. */
  private Duration accessTtl(RefreshToken stored, Instant now) {
    Duration left = Duration.between(now, stored.session().expiresAt());
    return left.compareTo(settings.accessTokenTtl()) < 0 ? left : settings.accessTokenTtl();
  }
}
