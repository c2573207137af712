package io.tenantry.application.fakes;

import io.tenantry.application.contract.TokenRepositoriesContract;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.OneTimeTokenRepository;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.UserRepository;
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
  protected UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  protected UserRepository users() {
    return users;
  }

  @Override
  protected RefreshTokenRepository refreshTokens() {
    return refreshTokens;
  }

  @Override
  protected OneTimeTokenRepository oneTimeTokens() {
    return oneTimeTokens;
  }

  @Override
  protected TenantRef newTenant() {
    String slug = "t-" + UUID.randomUUID().toString().substring(0, 8);
    return new TenantRef(TenantId.random(), new TenantSlug(slug));
  }
}
