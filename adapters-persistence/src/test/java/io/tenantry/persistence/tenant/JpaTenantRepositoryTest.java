package io.tenantry.persistence.tenant;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.application.contract.TenantRepositoryContract;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.persistence.EmbeddedPostgresResource;
import jakarta.inject.Inject;

/** The tenant registry in {@code control.tenants} against the repository contract. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class JpaTenantRepositoryTest extends TenantRepositoryContract {

  @Inject UnitOfWork unitOfWork;
  @Inject TenantRepository tenants;

  @Override
  protected UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  protected TenantRepository tenants() {
    return tenants;
  }
}
