package io.tenantry.application.access;

import com.github.benmanes.caffeine.cache.Cache;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.tenant.TenantSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Tenant look-ups on the hot paths (login, every authenticated request), cached as immutable
 * snapshots and dropped when a tenant changes (on this replica at once, on others when the
 * invalidation arrives). Unknown tenants are not cached, so a tenant is found as soon as it is
 * created.
 */
public final class TenantDirectory {
  private static final int MAX_TENANTS = 10_000;

  private final UnitOfWork unitOfWork;
  private final TenantRepository tenants;
  private final Cache<TenantId, TenantSnapshot> byId;
  private final Cache<TenantSlug, TenantSnapshot> bySlug;

  public TenantDirectory(
      UnitOfWork unitOfWork, TenantRepository tenants, Clock clock, Duration ttl) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.byId = Caches.expiring(clock, ttl, MAX_TENANTS);
    this.bySlug = Caches.expiring(clock, ttl, MAX_TENANTS);
  }

  public Optional<TenantSnapshot> byId(TenantId id) {
    return Optional.ofNullable(byId.get(id, key -> load(() -> tenants.findById(key)).orElse(null)));
  }

  public Optional<TenantSnapshot> bySlug(TenantSlug slug) {
    return Optional.ofNullable(
        bySlug.get(slug, key -> load(() -> tenants.findBySlug(key)).orElse(null)));
  }

  /** Forgets the tenant; by id, as other replicas name it. */
  public void invalidate(TenantId tenant) {
    byId.invalidate(tenant);
    bySlug.asMap().values().removeIf(snapshot -> snapshot.id().equals(tenant));
  }

  public void clear() {
    byId.invalidateAll();
    bySlug.invalidateAll();
  }

  private Optional<TenantSnapshot> load(java.util.function.Supplier<Optional<Tenant>> finder) {
    return unitOfWork.inControl(finder).map(Tenant::snapshot);
  }
}
