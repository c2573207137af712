package io.tenantry.persistence.apikey;

import io.tenantry.domain.apikey.ApiKey;
import io.tenantry.domain.apikey.ApiKeyId;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Maps between API keys and their rows. */
final class ApiKeyMapper {
  private ApiKeyMapper() {}

  static ApiKey toDomain(ApiKeyEntity e) {
    return ApiKey.restore(
        new ApiKey.State(
            new ApiKeyId(e.id),
            new UserId(e.userId),
            e.name,
            e.prefix,
            new TokenHash(e.keyHash),
            e.roles == null ? null : roles(e.roles),
            e.expiresAt,
            e.createdAt,
            e.lastUsedAt,
            e.revokedAt));
  }

  static ApiKeyEntity toNewEntity(ApiKey key) {
    ApiKeyEntity e = new ApiKeyEntity();
    e.id = key.id().value();
    e.userId = key.user().value();
    e.name = key.name();
    e.prefix = key.prefix();
    e.keyHash = key.hash().hex();
    e.roles =
        key.roles()
            .map(rs -> rs.stream().map(Role::name).sorted().collect(Collectors.joining(",")))
            .orElse(null);
    e.expiresAt = key.expiresAt().orElse(null);
    e.createdAt = key.createdAt();
    copyState(key, e);
    return e;
  }

  static void copyState(ApiKey key, ApiKeyEntity e) {
    e.lastUsedAt = key.lastUsedAt().orElse(null);
    e.revokedAt = key.revokedAt().orElse(null);
  }

  private static Set<Role> roles(String names) {
    return Arrays.stream(names.split(",")).map(Role::new).collect(Collectors.toUnmodifiableSet());
  }
}
