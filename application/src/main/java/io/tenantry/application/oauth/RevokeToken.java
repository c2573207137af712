package io.tenantry.application.oauth;

import io.tenantry.application.auth.AccessTokenClaims;
import io.tenantry.application.auth.AccessTokens;
import io.tenantry.application.client.TenantClient;
import io.tenantry.application.event.Initiator;
import io.tenantry.application.event.LoggedOut;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.RefreshToken;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.auth.ScopedToken;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * RFC 7009 revocation: a refresh token, or a user's access token, issued to the calling client ends
 * its whole session (refresh tokens and access tokens alike). Anything else (unknown, expired,
 * another client's, a client credentials token, which names no session) is ignored: the answer is
 * the same either way.
 */
public final class RevokeToken {
  private final UnitOfWork unitOfWork;
  private final AccessTokens accessTokens;
  private final UserRepository users;
  private final RefreshTokenRepository refreshTokens;
  private final DomainEvents events;
  private final Clock clock;

  public RevokeToken(
      UnitOfWork unitOfWork,
      AccessTokens accessTokens,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.accessTokens = accessTokens;
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.events = events;
    this.clock = clock;
  }

  public void revoke(TenantClient caller, String token) {
    if (token == null || token.isEmpty()) {
      return;
    }
    Optional<AccessTokenClaims> claims =
        accessTokens
            .verify(token)
            .filter(c -> !c.isClientToken())
            .filter(c -> c.tenantId().equals(caller.tenant().id()))
            .filter(c -> c.clientId().equals(caller.client().id()));
    if (claims.isPresent()) {
      claims.get().session().ifPresent(sid -> end(caller, claims.get().userId(), sid));
      return;
    }
    ScopedToken.parse(token)
        .filter(t -> t.tenant().equals(caller.tenant().id()))
        .ifPresent(t -> revokeRefresh(caller, t));
  }

  private void revokeRefresh(TenantClient caller, ScopedToken token) {
    unitOfWork.inTenant(
        caller.tenant().ref(),
        () ->
            refreshTokens
                .findByHashForUpdate(token.hash())
                .filter(stored -> issuedTo(stored, caller))
                .ifPresent(stored -> endNow(caller, stored.userId(), stored.familyId())));
  }

  private void end(TenantClient caller, UserId user, UUID session) {
    unitOfWork.inTenant(caller.tenant().ref(), () -> endNow(caller, user, session));
  }

  private void endNow(TenantClient caller, UserId user, UUID session) {
    refreshTokens.revokeFamily(session, clock.instant());
    users
        .findById(user)
        .ifPresent(
            u ->
                events.publish(
                    new LoggedOut(
                        Initiator.of(u), caller.tenant().id(), u.id(), LoggedOut.Scope.SESSION)));
  }

  private static boolean issuedTo(RefreshToken stored, TenantClient caller) {
    return stored.session().client().map(caller.client().id().value()::equals).orElse(false);
  }
}
