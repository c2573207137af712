package io.tenantry.application.role;

import io.tenantry.application.event.RoleCreated;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.RoleRules;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.role.CustomRole;
import io.tenantry.domain.role.RoleRepository;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
import java.time.Clock;
import java.util.Set;

/** Defines a role of the caller's tenant, granting only permissions the caller holds. */
public final class CreateRole {
  private final UnitOfWork unitOfWork;
  private final RoleRepository roles;
  private final DomainEvents events;
  private final Clock clock;

  public CreateRole(UnitOfWork unitOfWork, RoleRepository roles, DomainEvents events, Clock clock) {
    this.unitOfWork = unitOfWork;
    this.roles = roles;
    this.events = events;
    this.clock = clock;
  }

  public RoleView create(Actor actor, Role name, String description, Set<Permission> permissions) {
    actor.require(Permission.ROLES_MANAGE);
    CustomRole role = CustomRole.define(name, description, permissions, clock.instant());
    RoleRules.requireHeld(actor, role.permissions());
    return unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          CustomRole saved = roles.add(role);
          events.publish(
              new RoleCreated(actor.initiator(), actor.tenantId(), name, saved.permissions()));
          return RoleView.of(saved);
        });
  }
}
