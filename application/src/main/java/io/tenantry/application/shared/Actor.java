package io.tenantry.application.shared;

import io.tenantry.application.event.Initiator;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.RoleResolver;
import io.tenantry.domain.user.UserId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Who is calling: an authenticated user of one tenant with the roles they hold right now. */
public record Actor(
    UserId userId,
    TenantId tenantId,
    TenantSlug tenant,
    Email email,
    Set<Role> roles,
    UUID sessionId) {
  public Actor {
    roles = Set.copyOf(roles);
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
    return RoleResolver.permissionsOf(roles);
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
