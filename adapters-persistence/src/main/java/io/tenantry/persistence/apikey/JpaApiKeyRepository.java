package io.tenantry.persistence.apikey;

import io.quarkus.panache.common.Parameters;
import io.tenantry.domain.apikey.ApiKey;
import io.tenantry.domain.apikey.ApiKeyId;
import io.tenantry.domain.apikey.ApiKeyRepository;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API keys of the tenant whose schema the current unit of work is bound to. */
@ApplicationScoped
public class JpaApiKeyRepository implements ApiKeyRepository {

  @Override
  public void save(ApiKey key) {
    ApiKeyEntity entity = ApiKeyEntity.findById(key.id().value());
    if (entity == null) {
      ApiKeyMapper.toNewEntity(key).persist();
    } else {
      ApiKeyMapper.copyState(key, entity);
    }
  }

  @Override
  public Optional<ApiKey> findById(ApiKeyId id) {
    return ApiKeyEntity.<ApiKeyEntity>findByIdOptional(id.value()).map(ApiKeyMapper::toDomain);
  }

  @Override
  public Optional<ApiKey> findByHash(TokenHash hash) {
    return ApiKeyEntity.<ApiKeyEntity>find("keyHash", hash.hex())
        .firstResultOptional()
        .map(ApiKeyMapper::toDomain);
  }

  @Override
  public List<ApiKey> activeOf(UserId user) {
    return ApiKeyEntity.<ApiKeyEntity>find(
            "userId = :user and revokedAt is null order by createdAt desc",
            Parameters.with("user", user.value()))
        .stream()
        .map(ApiKeyMapper::toDomain)
        .toList();
  }

  @Override
  public void touch(ApiKeyId id, Instant when) {
    ApiKeyEntity.update("lastUsedAt = ?1 where id = ?2", when, id.value());
  }
}
