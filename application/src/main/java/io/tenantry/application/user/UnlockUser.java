package io.tenantry.application.user;

import io.tenantry.application.event.UserUnlocked;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.util.OptionalLong;

/** An administrator lifts a user's lock after too many failed logins. */
public final class UnlockUser {
  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final ManagedUsers managed;
  private final DomainEvents events;
  private final Clock clock;

  public UnlockUser(UnitOfWork unitOfWork, UserRepository users, DomainEvents events, Clock clock) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.managed = new ManagedUsers(users);
    this.events = events;
    this.clock = clock;
  }

  public void unlock(Actor actor, UserId id) {
    actor.require(Permission.USERS_WRITE);
    unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          User user = managed.loadManageable(actor, id, OptionalLong.empty());
          user.recordUnlock(clock.instant());
          users.save(user);
          events.publish(new UserUnlocked(actor.initiator(), actor.tenantId(), user.id()));
        });
  }
}
