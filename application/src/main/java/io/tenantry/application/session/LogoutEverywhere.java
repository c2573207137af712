package io.tenantry.application.session;

import io.tenantry.application.event.LoggedOut;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;

/** Ends every session of the caller, access tokens included (their security version moves on). */
public final class LogoutEverywhere {
  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final RefreshTokenRepository refreshTokens;
  private final DomainEvents events;
  private final Clock clock;

  public LogoutEverywhere(
      UnitOfWork unitOfWork,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.events = events;
    this.clock = clock;
  }

  public void logoutAll(Actor actor) {
    unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          Instant now = clock.instant();
          User user = users.findById(actor.userId()).orElseThrow(RefreshTokens::invalid);
          user.revokeSessions(now);
          users.save(user);
          refreshTokens.revokeAllOf(user.id(), now);
          events.publish(
              new LoggedOut(actor.initiator(), actor.tenantId(), user.id(), LoggedOut.Scope.ALL));
        });
  }
}
