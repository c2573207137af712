package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import java.util.Set;

/** A user was invited into a tenant with these roles. */
public record UserInvited(Initiator by, TenantId tenant, UserId user, Email email, Set<Role> roles)
    implements DomainEvent {
  public UserInvited {
    roles = Set.copyOf(roles);
  }
}
