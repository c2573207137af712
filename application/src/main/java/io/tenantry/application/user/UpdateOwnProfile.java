package io.tenantry.application.user;

import io.tenantry.application.event.UserUpdated;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.util.Optional;

/** The caller changes their own profile (the display name). */
public final class UpdateOwnProfile {
  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final ManagedUsers managed;
  private final DomainEvents events;
  private final Clock clock;

  public UpdateOwnProfile(
      UnitOfWork unitOfWork, UserRepository users, DomainEvents events, Clock clock) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.managed = new ManagedUsers(users);
    this.events = events;
    this.clock = clock;
  }

  public UserView rename(Actor actor, DisplayName name) {
    return unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          User user = managed.load(actor.userId());
          user.rename(name, clock.instant());
          events.publish(
              new UserUpdated(
                  actor.initiator(), actor.tenantId(), user.id(), Optional.of(name), false));
          return UserView.of(users.save(user));
        });
  }
}
