package io.tenantry.persistence.audit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.application.contract.AuditLogContract;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.persistence.EmbeddedPostgresResource;
import io.tenantry.persistence.TestTenants;
import jakarta.inject.Inject;

/** The hash-chained audit trail on PostgreSQL against the audit log's contract. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class JpaAuditLogTest extends AuditLogContract {

  @Inject UnitOfWork unitOfWork;
  @Inject AuditLog log;
  @Inject TestTenants testTenants;

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
    return testTenants.create().ref();
  }
}
