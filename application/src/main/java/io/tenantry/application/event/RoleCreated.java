package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
import java.util.Set;

/** A tenant defined a role of its own. */
public record RoleCreated(Initiator by, TenantId tenant, Role role, Set<Permission> permissions)
    implements DomainEvent {
  public RoleCreated {
    permissions = Set.copyOf(permissions);
  }
}
