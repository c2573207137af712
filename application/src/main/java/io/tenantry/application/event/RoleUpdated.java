package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
import java.util.Set;

/** A tenant's own role changed its description or what it grants. */
public record RoleUpdated(
    Initiator by, TenantId tenant, Role role, Set<Permission> from, Set<Permission> to)
    implements DomainEvent {
  public RoleUpdated {
    from = Set.copyOf(from);
    to = Set.copyOf(to);
  }
}
