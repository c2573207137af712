package io.tenantry.application.fakes;

import io.tenantry.application.contract.TotpFactorsContract;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSlug;
import java.util.UUID;

/** The in-memory TOTP store against the contract the JPA adapter also passes. */
class InMemoryTotpFactorsTest extends TotpFactorsContract {
  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final InMemoryUserRepository users = new InMemoryUserRepository(unitOfWork);
  private final InMemoryTotpFactors factors = new InMemoryTotpFactors(unitOfWork);

  @Override
  protected Stores stores() {
    return new Stores(unitOfWork, users, factors);
  }

  @Override
  protected TenantRef newTenant() {
    String slug = "t-" + UUID.randomUUID().toString().substring(0, 8);
    return new TenantRef(TenantId.random(), new TenantSlug(slug));
  }
}
