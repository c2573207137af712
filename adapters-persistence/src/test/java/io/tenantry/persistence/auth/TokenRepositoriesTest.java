package io.tenantry.persistence.auth;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.application.contract.TokenRepositoriesContract;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.OneTimeTokenRepository;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.user.UserRepository;
import io.tenantry.persistence.EmbeddedPostgresResource;
import io.tenantry.persistence.TestTenants;
import jakarta.inject.Inject;

/** The JPA token repositories on PostgreSQL against the token repositories' contract. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class TokenRepositoriesTest extends TokenRepositoriesContract {

  @Inject UnitOfWork unitOfWork;
  @Inject UserRepository users;
  @Inject RefreshTokenRepository refreshTokens;
  @Inject OneTimeTokenRepository oneTimeTokens;
  @Inject TestTenants testTenants;

  @Override
  protected Stores stores() {
    return new Stores(unitOfWork, users, refreshTokens, oneTimeTokens);
  }

  @Override
  protected TenantRef newTenant() {
    return testTenants.create().ref();
  }
}
