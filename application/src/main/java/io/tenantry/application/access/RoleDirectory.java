package io.tenantry.application.access;

import com.github.benmanes.caffeine.cache.Cache;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.role.RoleRepository;
import io.tenantry.domain.role.TenantRoles;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRef;
import java.time.Clock;
import java.time.Duration;

/**
 * The role definitions of each tenant, read on every authenticated request to turn the caller's
 * roles into permissions: cached briefly per tenant and dropped when a role changes, so a change
 * takes effect on the next request of every holder.
 */
public final class RoleDirectory {
  private static final int MAX_TENANTS = 10_000;

  private final UnitOfWork unitOfWork;
  private final RoleRepository roles;
  private final Cache<TenantId, TenantRoles> byTenant;

  public RoleDirectory(UnitOfWork unitOfWork, RoleRepository roles, Clock clock, Duration ttl) {
    this.unitOfWork = unitOfWork;
    this.roles = roles;
    this.byTenant = Caches.expiring(clock, ttl, MAX_TENANTS);
  }

  public TenantRoles of(TenantRef tenant) {
    return byTenant.get(
        tenant.id(), id -> unitOfWork.inTenant(tenant, () -> new TenantRoles(roles.findAll())));
  }

  public void invalidate(TenantId tenant) {
    byTenant.invalidate(tenant);
  }

  public void clear() {
    byTenant.invalidateAll();
  }
}
