package io.tenantry.application.fakes;

import io.tenantry.application.contract.AuditLogContract;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSlug;
import java.util.UUID;

/** The in-memory audit trail against the contract the JPA adapter also passes. */
class InMemoryAuditLogTest extends AuditLogContract {
  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final InMemoryAuditLog log =
      new InMemoryAuditLog(unitOfWork, new InMemoryPendingWork(new InMemoryTenantRepository()));

  @Override
  protected UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  protected AuditLog log() {
    return log;
  }

  @Override
  protected TenantRef newTenant() {
    String slug = "t-" + UUID.randomUUID().toString().substring(0, 8);
    return new TenantRef(TenantId.random(), new TenantSlug(slug));
  }
}
