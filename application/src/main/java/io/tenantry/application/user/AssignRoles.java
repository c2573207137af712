package io.tenantry.application.user;

import io.tenantry.application.event.RolesChanged;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.RoleRules;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.shared.Versions;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Replaces a user's roles; the caller must be able to grant every role added or removed, and the
 * tenant keeps at least one active owner.
 */
public final class AssignRoles {
  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final ManagedUsers managed;
  private final Ownership ownership;
  private final DomainEvents events;
  private final Clock clock;

  public AssignRoles(
      UnitOfWork unitOfWork, UserRepository users, DomainEvents events, Clock clock) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.managed = new ManagedUsers(users);
    this.ownership = new Ownership(users);
    this.events = events;
    this.clock = clock;
  }

  public UserView assign(Actor actor, UserId id, Set<Role> roles, OptionalLong expected) {
    actor.require(Permission.ROLES_ASSIGN);
    return unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          long owners = ownership.lock();
          User user = managed.load(id);
          Versions.check(expected, user.revision().version());
          RoleRules.changed(user.roles(), roles)
              .forEach(role -> RoleRules.requireAssignable(actor, role));
          if (!roles.contains(Role.OWNER)) {
            ownership.requireAnotherOwner(user, owners);
          }
          Set<Role> before = user.roles();
          user.assignRoles(roles, clock.instant());
          User saved = users.save(user);
          events.publish(
              new RolesChanged(
                  actor.initiator(), actor.tenantId(), saved.id(), before, saved.roles()));
          return UserView.of(saved);
        });
  }
}
