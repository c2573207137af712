package io.tenantry.application.audit;

import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantQuery;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Deletes every tenant's audit events older than the retention period (a scheduled job). */
public final class PurgeAuditEvents {
  private final UnitOfWork unitOfWork;
  private final AuditLog log;
  private final TenantRepository tenants;
  private final Duration retention;
  private final Clock clock;

  public PurgeAuditEvents(
      UnitOfWork unitOfWork,
      AuditLog log,
      TenantRepository tenants,
      Duration retention,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.log = log;
    this.tenants = tenants;
    this.retention = retention;
    this.clock = clock;
  }

  /** Returns how many events were deleted. */
  public long purgeExpired() {
    Instant cutoff = clock.instant().minus(retention);
    long purged = 0;
    for (TenantRef tenant : allTenants()) {
      purged += unitOfWork.inTenant(tenant, () -> log.purgeBefore(cutoff));
    }
    return purged;
  }

  private List<TenantRef> allTenants() {
    List<TenantRef> refs = new ArrayList<>();
    for (int page = 0; ; page++) {
      TenantQuery query =
          new TenantQuery(
              Optional.empty(),
              Optional.empty(),
              new PageRequest<>(page, PageRequest.MAX_SIZE, TenantQuery.DEFAULT_SORT));
      Page<Tenant> found = unitOfWork.inControl(() -> tenants.search(query));
      found.items().forEach(t -> refs.add(t.ref()));
      if (found.items().size() < PageRequest.MAX_SIZE) {
        return refs;
      }
    }
  }
}
