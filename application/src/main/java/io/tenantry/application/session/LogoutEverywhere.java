package io.tenantry.application.session;

import io.tenantry.application.event.LoggedOut;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;

/** Ends every session of the caller, access tokens included (their security version moves on). */
public final class LogoutEverywhere {
  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final EndSessions endSessions;
  private final DomainEvents events;
  private final Clock clock;

  public LogoutEverywhere(
      UnitOfWork unitOfWork,
      UserRepository users,
      EndSessions endSessions,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.endSessions = endSessions;
    this.events = events;
    this.clock = clock;
  }

  public void logoutAll(Actor actor) {
    unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          User user = users.findById(actor.userId()).orElseThrow(RefreshTokens::invalid);
          endSessions.of(user, clock.instant());
          users.save(user);
          events.publish(
              new LoggedOut(actor.initiator(), actor.tenantId(), user.id(), LoggedOut.Scope.ALL));
        });
  }
}
