package io.tenantry.application.audit;

import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

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
    for (TenantRef tenant : AllTenants.of(unitOfWork, tenants)) {
      purged += unitOfWork.inTenant(tenant, () -> log.purgeBefore(cutoff));
    }
    return purged;
  }
}
