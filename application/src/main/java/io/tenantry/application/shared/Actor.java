package io.tenantry.application.shared;

import io.tenantry.application.event.Initiator;
import io.tenantry.domain.role.TenantRoles;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: an authenticated user of one tenant with the roles they hold right now, and the
 * tenant's role definitions that say what those roles grant.
 */
public record Actor(
    UserId userId,
    TenantId tenantId,
    TenantSlug tenant,
    Email email,
    Set<Role> roles,
    UUID sessionId,
    TenantRoles roleDefinitions) {
  public Actor {
    roles = Set.copyOf(roles);
    roleDefinitions = Objects.requireNonNull(roleDefinitions, "roleDefinitions");
  }

  /** A caller of a tenant with built-in roles only. */
  public Actor(
      UserId userId,
      TenantId tenantId,
      TenantSlug tenant,
      Email email,
      Set<Role> roles,
      UUID sessionId) {
    this(userId, tenantId, tenant, email, roles, sessionId, TenantRoles.BUILT_IN_ONLY);
  }

  /** A caller whose token names no session. */
  public Actor(UserId userId, TenantId tenantId, TenantSlug tenant, Email email, Set<Role> roles) {
    this(userId, tenantId, tenant, email, roles, null);
  }

  /** The session ({@code sid}) the caller's token belongs to, if it names one. */
  public Optional<UUID> session() {
    return Optional.ofNullable(sessionId);
  }

  /** The caller's tenant, to bind a unit of work to. */
  public TenantRef tenantRef() {
    return new TenantRef(tenantId, tenant);
  }

  /** The caller as the cause of a domain event. */
  public Initiator initiator() {
    return new Initiator(userId, email);
  }

  public Set<Permission> permissions() {
    return roleDefinitions.permissionsOf(roles);
  }

  public void require(Permission permission) {
    if (!permissions().contains(permission)) {
      throw new ForbiddenException("missing permission " + permission.value());
    }
  }

  /** Platform administration: role {@code platform_admin} in tenant {@code system}. */
  public void requirePlatformAdmin() {
    if (!tenant.isSystem()) {
      throw new ForbiddenException("missing permission " + Permission.PLATFORM_ADMIN.value());
    }
    require(Permission.PLATFORM_ADMIN);
  }
}
