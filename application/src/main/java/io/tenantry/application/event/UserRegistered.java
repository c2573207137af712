package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import java.util.Set;

/** Someone registered themselves into a tenant open for self-registration. */
public record UserRegistered(
    Initiator by, TenantId tenant, UserId user, Email email, Set<Role> roles)
    implements DomainEvent {
  public UserRegistered {
    roles = Set.copyOf(roles);
  }
}
