package io.tenantry.application.fakes;

import io.tenantry.application.contract.TenantRepositoryContract;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.tenant.TenantRepository;

/** The in-memory registry against the contract the JPA adapter also passes. */
class InMemoryTenantRepositoryTest extends TenantRepositoryContract {
  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final InMemoryTenantRepository tenants = new InMemoryTenantRepository();

  @Override
  protected UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  protected TenantRepository tenants() {
    return tenants;
  }
}
