package io.tenantry.application.user;

import io.tenantry.application.event.UserDeleted;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserRepository;
import java.util.OptionalLong;

/** Removes a user from the caller's tenant; the tenant keeps at least one active owner. */
public final class DeleteUser {
  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final ManagedUsers managed;
  private final Ownership ownership;
  private final DomainEvents events;

  public DeleteUser(UnitOfWork unitOfWork, UserRepository users, DomainEvents events) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.managed = new ManagedUsers(users);
    this.ownership = new Ownership(users);
    this.events = events;
  }

  public void delete(Actor actor, UserId id) {
    actor.require(Permission.USERS_DELETE);
    unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          long owners = ownership.lock();
          User user = managed.loadManageable(actor, id, OptionalLong.empty());
          ownership.requireAnotherOwner(user, owners);
          users.delete(user.id());
          events.publish(
              new UserDeleted(actor.initiator(), actor.tenantId(), user.id(), user.email()));
        });
  }
}
