package io.tenantry.application.role;

import io.tenantry.application.event.RoleDeleted;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.RoleRules;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.role.CustomRole;
import io.tenantry.domain.role.RoleRepository;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;

/** Removes a tenant's own role that nobody holds (invited users included). */
public final class DeleteRole {
  private final UnitOfWork unitOfWork;
  private final RoleRepository roles;
  private final DomainEvents events;

  public DeleteRole(UnitOfWork unitOfWork, RoleRepository roles, DomainEvents events) {
    this.unitOfWork = unitOfWork;
    this.roles = roles;
    this.events = events;
  }

  public void delete(Actor actor, Role name) {
    actor.require(Permission.ROLES_MANAGE);
    UpdateRole.requireCustom(name);
    unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          CustomRole role = ReadRoles.load(roles, name);
          RoleRules.requireHeld(actor, role.permissions());
          long holders = roles.countHolders(name);
          if (holders > 0) {
            throw new ConflictException(
                "role_in_use", "the role is held by " + holders + " user(s); take it away first");
          }
          roles.delete(name);
          events.publish(new RoleDeleted(actor.initiator(), actor.tenantId(), name));
        });
  }
}
