package io.tenantry.application.session;

import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.auth.SessionIssuer;
import io.tenantry.application.auth.TokenPair;
import io.tenantry.application.event.TokenReuseDetected;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.RefreshToken;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.auth.ScopedToken;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;

/**
 * Rotates a refresh token to a successor in its family (OAuth 2.0 Security BCP): the presented
 * token is locked, checked and marked rotated; a rotated token presented again revokes its whole
 * family, and that revocation commits before the caller is refused. A session past its absolute
 * lifetime, or started under a security version the user has since left (password reset, logout
 * everywhere, disable), is revoked the same way.
 */
public final class RotateRefreshToken {
  private final UnitOfWork unitOfWork;
  private final TenantDirectory tenants;
  private final UserRepository users;
  private final RefreshTokenRepository refreshTokens;
  private final SessionIssuer sessions;
  private final DomainEvents events;
  private final Clock clock;

  public RotateRefreshToken(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      SessionIssuer sessions,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.sessions = sessions;
    this.events = events;
    this.clock = clock;
  }

  public TokenPair refresh(String presented) {
    ScopedToken token = ScopedToken.parse(presented).orElseThrow(RefreshTokens::invalid);
    TenantSnapshot tenant =
        tenants
            .byId(token.tenant())
            .filter(TenantSnapshot::isActive)
            .orElseThrow(RefreshTokens::invalid);
    Outcome outcome = unitOfWork.inTenant(tenant.ref(), () -> rotateOrRevoke(tenant, token));
    if (outcome.refused()) {
      // The family was revoked in the unit of work that just committed; only now refuse.
      throw RefreshTokens.invalid();
    }
    return outcome.tokens();
  }

  private Outcome rotateOrRevoke(TenantSnapshot tenant, ScopedToken token) {
    Instant now = clock.instant();
    RefreshToken stored =
        refreshTokens.findByHashForUpdate(token.hash()).orElseThrow(RefreshTokens::invalid);
    if (stored.isRotated()) {
      refreshTokens.revokeFamily(stored.familyId(), now);
      events.publish(new TokenReuseDetected(tenant.id(), stored.userId(), stored.familyId()));
      return new Outcome(null, true);
    }
    if (!stored.isUsable(now)) {
      throw RefreshTokens.invalid();
    }
    User user =
        users
            .findById(stored.userId())
            .filter(u -> u.canLogIn(now))
            .orElseThrow(RefreshTokens::invalid);
    if (!stored.session().allowsRefresh(now, user.securityVersion())) {
      refreshTokens.revokeFamily(stored.familyId(), now);
      return new Outcome(null, true);
    }
    return new Outcome(sessions.rotate(tenant.ref(), user, stored), false);
  }

  private record Outcome(TokenPair tokens, boolean refused) {}
}
