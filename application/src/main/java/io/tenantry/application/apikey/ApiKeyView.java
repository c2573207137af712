package io.tenantry.application.apikey;

import io.tenantry.domain.apikey.ApiKey;
import io.tenantry.domain.apikey.ApiKeyId;
import io.tenantry.domain.user.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** What may be shown of a key: everything but the key and its hash. */
public record ApiKeyView(
    ApiKeyId id,
    String name,
    String prefix,
    Optional<Set<Role>> roles,
    Optional<Instant> expiresAt,
    Instant createdAt,
    Optional<Instant> lastUsedAt) {

  public static ApiKeyView of(ApiKey key) {
    return new ApiKeyView(
        key.id(),
        key.name(),
        key.prefix(),
        key.roles(),
        key.expiresAt(),
        key.createdAt(),
        key.lastUsedAt());
  }
}
