package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import java.util.Set;

/** A user's roles were replaced. */
public record RolesChanged(Initiator by, TenantId tenant, UserId user, Set<Role> from, Set<Role> to)
    implements DomainEvent {
  public RolesChanged {
    from = Set.copyOf(from);
    to = Set.copyOf(to);
  }
}
