package io.tenantry.application.role;

import io.tenantry.application.event.RoleUpdated;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.RoleRules;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.shared.Versions;
import io.tenantry.domain.role.CustomRole;
import io.tenantry.domain.role.RoleRepository;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Changes a tenant's own role; the caller must hold every permission it granted and will grant. Its
 * holders get the new permissions on their next request (the event drops the cached roles).
 */
public final class UpdateRole {
  private final UnitOfWork unitOfWork;
  private final RoleRepository roles;
  private final DomainEvents events;
  private final Clock clock;

  public UpdateRole(UnitOfWork unitOfWork, RoleRepository roles, DomainEvents events, Clock clock) {
    this.unitOfWork = unitOfWork;
    this.roles = roles;
    this.events = events;
    this.clock = clock;
  }

  public RoleView update(
      Actor actor,
      Role name,
      Optional<String> description,
      Optional<Set<Permission>> permissions,
      OptionalLong expected) {
    actor.require(Permission.ROLES_MANAGE);
    requireCustom(name);
    return unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          CustomRole role = ReadRoles.load(roles, name);
          Versions.check(expected, role.revision().version());
          Set<Permission> before = role.permissions();
          description.ifPresent(text -> role.describe(text, clock.instant()));
          permissions.ifPresent(granted -> role.grantExactly(granted, clock.instant()));
          Set<Permission> touched = EnumSet.noneOf(Permission.class);
          touched.addAll(before);
          touched.addAll(role.permissions());
          RoleRules.requireHeld(actor, touched);
          CustomRole saved = roles.save(role);
          events.publish(
              new RoleUpdated(
                  actor.initiator(), actor.tenantId(), name, before, saved.permissions()));
          return RoleView.of(saved);
        });
  }

  static void requireCustom(Role name) {
    if (name.isBuiltIn()) {
      throw new ForbiddenException("built-in roles cannot be changed or deleted");
    }
  }
}
