package io.tenantry.application.fakes;

import io.tenantry.application.contract.TokenRepositoriesContract;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSlug;
import java.util.UUID;

/** The in-memory token stores against the contract the JPA adapters also pass. */
class InMemoryTokenRepositoriesTest extends TokenRepositoriesContract {
  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final InMemoryUserRepository users = new InMemoryUserRepository(unitOfWork);
  private final InMemoryRefreshTokenRepository refreshTokens =
      new InMemoryRefreshTokenRepository(unitOfWork);
  private final InMemoryOneTimeTokenRepository oneTimeTokens =
      new InMemoryOneTimeTokenRepository(unitOfWork);

  @Override
  protected Stores stores() {
    return new Stores(unitOfWork, users, refreshTokens, oneTimeTokens);
  }

  @Override
  protected TenantRef newTenant() {
    String slug = "t-" + UUID.randomUUID().toString().substring(0, 8);
    return new TenantRef(TenantId.random(), new TenantSlug(slug));
  }
}
