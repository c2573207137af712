package io.tenantry.application.fakes;

import io.tenantry.domain.auth.OneTimeToken;
import io.tenantry.domain.auth.OneTimeTokenRepository;
import io.tenantry.domain.auth.OneTimeTokenSnapshot;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One-time tokens kept per tenant slug by hash; stores copies so that only saves count. */
public final class InMemoryOneTimeTokenRepository implements OneTimeTokenRepository {
  private final InMemoryUnitOfWork unitOfWork;
  private final Map<TenantSlug, Map<TokenHash, OneTimeToken>> byTenant = new HashMap<>();

  public InMemoryOneTimeTokenRepository(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public void save(OneTimeToken token) {
    tokens().put(token.hash(), copy(token));
  }

  @Override
  public Optional<OneTimeToken> findByHashForUpdate(TokenHash hash) {
    return Optional.ofNullable(tokens().get(hash)).map(InMemoryOneTimeTokenRepository::copy);
  }

  @Override
  public void spendAll(UserId user, TokenPurpose purpose, Instant now) {
    tokens()
        .replaceAll(
            (hash, t) -> {
              if (t.userId().equals(user) && t.purpose() == purpose && t.usedAt().isEmpty()) {
                OneTimeToken spent = copy(t);
                spent.markUsed(now);
                return spent;
              }
              return t;
            });
  }

  /** How many tokens {@code tenant} holds, read outside any unit of work. */
  public int countIn(TenantSlug tenant) {
    return byTenant.getOrDefault(tenant, Map.of()).size();
  }

  private Map<TokenHash, OneTimeToken> tokens() {
    return byTenant.computeIfAbsent(unitOfWork.currentTenant(), t -> new LinkedHashMap<>());
  }

  private static OneTimeToken copy(OneTimeToken t) {
    return OneTimeToken.restore(
        new OneTimeTokenSnapshot(
            t.id(),
            t.userId(),
            t.purpose(),
            t.hash(),
            t.createdAt(),
            t.expiresAt(),
            t.usedAt().orElse(null),
            t.client().orElse(null)));
  }
}
