package io.tenantry.application.session;

import io.tenantry.application.access.SessionGuard;
import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.auth.SessionIssuer;
import io.tenantry.application.auth.TokenPair;
import io.tenantry.application.client.TenantClient;
import io.tenantry.application.event.TokenReuseDetected;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.RefreshToken;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.auth.ScopedToken;
import io.tenantry.domain.client.Client;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Rotates a refresh token to a successor in its family (OAuth 2.0 Security BCP): the presented
 * token is marked rotated if it is still usable and its successor inserted, in one statement that
 * commits on its own (no transaction around the common case); a rotated token presented again
 * revokes its whole family, and that revocation commits before the caller is refused. A session
 * past its absolute lifetime, or started under a security version the user has since left (password
 * reset, logout everywhere, disable), is revoked the same way. A session belongs to the client it
 * was started for: {@code /api/v1/auth/refresh} rotates only sessions of the JSON login API, {@code
 * /oauth2/token} only those of the authenticated client.
 */
public final class RotateRefreshToken {
  private final UnitOfWork unitOfWork;
  private final TenantDirectory tenants;
  private final SessionGuard guard;
  private final RefreshTokenRepository refreshTokens;
  private final SessionIssuer sessions;
  private final DomainEvents events;
  private final Clock clock;

  public RotateRefreshToken(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      SessionGuard guard,
      RefreshTokenRepository refreshTokens,
      SessionIssuer sessions,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.guard = guard;
    this.refreshTokens = refreshTokens;
    this.sessions = sessions;
    this.events = events;
    this.clock = clock;
  }

  /** Refreshes a session of the JSON login API. */
  public TokenPair refresh(String presented) {
    return refresh(presented, Optional.empty());
  }

  /** Refreshes a session of {@code client}, which has authenticated (the refresh_token grant). */
  public TokenPair refreshFor(TenantClient client, String presented) {
    return refresh(presented, Optional.of(client));
  }

  private TokenPair refresh(String presented, Optional<TenantClient> client) {
    ScopedToken token = ScopedToken.parse(presented).orElseThrow(RefreshTokens::invalid);
    TenantSnapshot tenant =
        tenants
            .byId(token.tenant())
            .filter(TenantSnapshot::isActive)
            .filter(t -> client.map(c -> c.tenant().id().equals(t.id())).orElse(true))
            .orElseThrow(RefreshTokens::invalid);
    Optional<Client> owner = client.map(TenantClient::client);
    // The common case is one statement that commits by itself, with no unit of work around it:
    // the token marked rotated and its successor stored (a session belongs to its client: another
    // client's token is not marked).
    Optional<SessionIssuer.Successor> rotated =
        sessions.rotate(tenant.ref(), token.hash(), owner.map(c -> c.id().value()));
    if (rotated.isEmpty()) {
      unitOfWork.inTenant(tenant.ref(), () -> refuseUnusable(tenant, token, clock.instant()));
      // The family was revoked in the unit of work that just committed; only now refuse.
      throw RefreshTokens.invalid();
    }
    return signIfAllowed(tenant, token, rotated.get(), owner);
  }

  /**
   * The rotation has committed, its successor not yet handed out: a refusal now takes it back in a
   * short unit of work of its own before the caller is refused, so no client ever holds it.
   */
  private TokenPair signIfAllowed(
      TenantSnapshot tenant,
      ScopedToken token,
      SessionIssuer.Successor next,
      Optional<Client> client) {
    Instant now = clock.instant();
    RefreshToken stored = next.token();
    // The user comes from the security cache (invalidated by every change that could refuse it),
    // so the common case reads nothing; on a miss the committed successor is already live.
    Optional<User> user = guard.user(tenant.ref(), stored.userId()).filter(u -> u.canLogIn(now));
    if (user.isEmpty()) {
      // What the single transaction's rollback did: the presented token stays as it was (usable
      // again once the user may log in, e.g. a lock ends), the successor is gone.
      unitOfWork.inTenant(tenant.ref(), () -> refreshTokens.undoRotation(token.hash(), stored));
      throw RefreshTokens.invalid();
    }
    if (!stored.session().allowsRefresh(now, user.get().securityVersion())) {
      unitOfWork.inTenant(tenant.ref(), () -> refreshTokens.revokeFamily(stored.familyId(), now));
      throw RefreshTokens.invalid();
    }
    return sessions.sign(tenant.ref(), user.get(), next, client.flatMap(Client::audience));
  }

  /**
   * No usable token: a rotated one presented again revokes its family, anything else is refused.
   */
  private void refuseUnusable(TenantSnapshot tenant, ScopedToken token, Instant now) {
    RefreshToken stored =
        refreshTokens.findByHashForUpdate(token.hash()).orElseThrow(RefreshTokens::invalid);
    if (!stored.isRotated()) {
      throw RefreshTokens.invalid(); // revoked, expired, or another client's
    }
    refreshTokens.revokeFamily(stored.familyId(), now);
    events.publish(new TokenReuseDetected(tenant.id(), stored.userId(), stored.familyId()));
  }
}
