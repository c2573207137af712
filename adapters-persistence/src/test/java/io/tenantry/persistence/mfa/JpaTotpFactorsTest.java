package io.tenantry.persistence.mfa;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.application.contract.TotpFactorsContract;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.mfa.TotpFactors;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.user.UserRepository;
import io.tenantry.persistence.EmbeddedPostgresResource;
import io.tenantry.persistence.TestTenants;
import jakarta.inject.Inject;

/** The JPA TOTP store on PostgreSQL against the contract of {@link TotpFactors}. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class JpaTotpFactorsTest extends TotpFactorsContract {

  @Inject UnitOfWork unitOfWork;
  @Inject UserRepository users;
  @Inject TotpFactors factors;
  @Inject TestTenants testTenants;

  @Override
  protected Stores stores() {
    return new Stores(unitOfWork, users, factors);
  }

  @Override
  protected TenantRef newTenant() {
    return testTenants.create().ref();
  }
}
