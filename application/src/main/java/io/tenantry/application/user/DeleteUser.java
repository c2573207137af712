package io.tenantry.application.user;

import io.tenantry.application.event.Initiator;
import io.tenantry.application.event.UserDeleted;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserRepository;
import java.util.OptionalLong;

/**
 * Removes a user from the caller's tenant; the tenant keeps at least one active owner. The audit
 * row that records it names the user by id only, as a self-deletion does.
 */
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
          // An admin deleting their own account through this route leaves no address either.
          Initiator by =
              user.id().equals(actor.userId())
                  ? new Initiator(actor.userId(), null)
                  : actor.initiator();
          events.publish(new UserDeleted(by, actor.tenantId(), user.id()));
        });
  }
}
