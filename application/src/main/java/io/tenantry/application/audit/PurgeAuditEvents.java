package io.tenantry.application.audit;

import io.tenantry.application.shared.TenantPass;
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

  /**
   * Deletes them tenant by tenant; the pass's {@link TenantPass#done} is the number of events
   * deleted, a tenant it fails on keeps its events until the next pass.
   */
  public TenantPass purgeExpired() {
    Instant cutoff = clock.instant().minus(retention);
    return TenantPass.over(
        AllTenants.of(unitOfWork, tenants),
        TenantRef::id,
        tenant -> unitOfWork.inTenant(tenant, () -> log.purgeBefore(cutoff)));
  }
}
