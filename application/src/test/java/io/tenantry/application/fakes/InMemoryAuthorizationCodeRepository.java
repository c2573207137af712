package io.tenantry.application.fakes;

import io.tenantry.domain.auth.AuthorizationCode;
import io.tenantry.domain.auth.AuthorizationCodeRepository;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.tenant.TenantSlug;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Authorization codes kept per tenant slug by hash; stores copies so that only saves count. */
public final class InMemoryAuthorizationCodeRepository implements AuthorizationCodeRepository {
  private final InMemoryUnitOfWork unitOfWork;
  private final Map<TenantSlug, Map<TokenHash, AuthorizationCode>> byTenant = new HashMap<>();

  public InMemoryAuthorizationCodeRepository(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public void save(AuthorizationCode code) {
    codes().put(code.hash(), copy(code));
  }

  @Override
  public Optional<AuthorizationCode> findByHashForUpdate(TokenHash hash) {
    return Optional.ofNullable(codes().get(hash)).map(InMemoryAuthorizationCodeRepository::copy);
  }

  private Map<TokenHash, AuthorizationCode> codes() {
    return byTenant.computeIfAbsent(unitOfWork.currentTenant(), t -> new HashMap<>());
  }

  private static AuthorizationCode copy(AuthorizationCode c) {
    return AuthorizationCode.restore(
        c.id(),
        c.hash(),
        c.grant(),
        c.expiresAt(),
        c.usedAt().orElse(null),
        c.issuedSession().orElse(null));
  }
}
