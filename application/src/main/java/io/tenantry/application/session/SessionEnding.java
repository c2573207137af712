package io.tenantry.application.session;

import io.tenantry.application.event.Initiator;
import io.tenantry.application.event.LoggedOut;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.util.UUID;

/**
 * Ends one session, its whole refresh-token family, inside the caller's unit of work, and tells
 * that its user logged out: what a logout with a refresh token and one with an ID token share.
 */
public record SessionEnding(
    RefreshTokenRepository refreshTokens, UserRepository users, DomainEvents events, Clock clock) {

  /**
   * Revokes {@code family} and publishes {@link LoggedOut} for {@code user}, if it still exists.
   */
  public void end(TenantId tenant, UUID family, UserId user) {
    refreshTokens.revokeFamily(family, clock.instant());
    users
        .findById(user)
        .ifPresent(
            found ->
                events.publish(
                    new LoggedOut(
                        Initiator.of(found), tenant, found.id(), LoggedOut.Scope.SESSION)));
  }
}
