package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import java.util.Optional;
import java.util.Set;

/**
 * A user was brought over from another system, with or without the password hash it had there, and
 * with the id it had there if one was given.
 */
public record UserImported(
    Initiator by,
    TenantId tenant,
    UserId user,
    Email email,
    Set<Role> roles,
    boolean withPassword,
    Optional<String> externalId)
    implements DomainEvent {
  public UserImported {
    roles = Set.copyOf(roles);
  }
}
