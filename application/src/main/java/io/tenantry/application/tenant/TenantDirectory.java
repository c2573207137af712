package io.tenantry.application.tenant;

import io.tenantry.application.shared.ExpiringCache;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.tenant.TenantSlug;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Tenant look-ups on the hot paths (login, every authenticated request), cached briefly and dropped
 * at once when a tenant changes on this replica.
 */
public final class TenantDirectory {
  private final UnitOfWork unitOfWork;
  private final TenantRepository tenants;
  private final ExpiringCache<TenantId, Tenant> byId;
  private final ExpiringCache<TenantSlug, Tenant> bySlug;

  public TenantDirectory(
      UnitOfWork unitOfWork, TenantRepository tenants, Clock clock, Duration ttl) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.byId = new ExpiringCache<>(clock, ttl, 10_000);
    this.bySlug = new ExpiringCache<>(clock, ttl, 10_000);
  }

  public Optional<Tenant> byId(TenantId id) {
    return byId.get(id, key -> unitOfWork.inControl(() -> tenants.findById(key)));
  }

  public Optional<Tenant> bySlug(TenantSlug slug) {
    return bySlug.get(slug, key -> unitOfWork.inControl(() -> tenants.findBySlug(key)));
  }

  public void invalidate(Tenant tenant) {
    byId.invalidate(tenant.id());
    bySlug.invalidate(tenant.slug());
  }
}
