package io.tenantry.application.fakes;

import io.tenantry.domain.apikey.ApiKey;
import io.tenantry.domain.apikey.ApiKeyId;
import io.tenantry.domain.apikey.ApiKeyRepository;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** API keys kept per tenant slug; stores copies so that only saves count. */
public final class InMemoryApiKeyRepository implements ApiKeyRepository {
  private final InMemoryUnitOfWork unitOfWork;
  private final Map<TenantSlug, Map<ApiKeyId, ApiKey.State>> byTenant = new HashMap<>();

  public InMemoryApiKeyRepository(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public void save(ApiKey key) {
    keys().put(key.id(), key.state());
  }

  @Override
  public Optional<ApiKey> findById(ApiKeyId id) {
    return Optional.ofNullable(keys().get(id)).map(ApiKey::restore);
  }

  @Override
  public Optional<ApiKey> findByHash(TokenHash hash) {
    return keys().values().stream()
        .filter(state -> state.hash().equals(hash))
        .findFirst()
        .map(ApiKey::restore);
  }

  @Override
  public List<ApiKey> activeOf(UserId user) {
    return keys().values().stream()
        .filter(state -> state.user().equals(user) && state.revokedAt() == null)
        .sorted(Comparator.comparing(ApiKey.State::createdAt).reversed())
        .map(ApiKey::restore)
        .toList();
  }

  @Override
  public void touch(ApiKeyId id, Instant when) {
    findById(id)
        .ifPresent(
            key -> {
              key.recordUse(when);
              save(key);
            });
  }

  private Map<ApiKeyId, ApiKey.State> keys() {
    return byTenant.computeIfAbsent(unitOfWork.currentTenant(), t -> new LinkedHashMap<>());
  }
}
