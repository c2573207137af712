package io.tenantry.application.fakes;

import io.tenantry.application.contract.UserRepositoryContract;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.UserRepository;
import java.util.UUID;

/** The in-memory fake against the repository contract the JPA adapter also passes. */
class InMemoryUserRepositoryTest extends UserRepositoryContract {
  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final InMemoryUserRepository users = new InMemoryUserRepository(unitOfWork);

  @Override
  protected UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  protected UserRepository users() {
    return users;
  }

  @Override
  protected TenantRef newTenant() {
    String slug = "t-" + UUID.randomUUID().toString().substring(0, 8);
    return new TenantRef(TenantId.random(), new TenantSlug(slug));
  }
}
