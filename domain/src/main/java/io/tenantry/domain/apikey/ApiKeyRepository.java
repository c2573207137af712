package io.tenantry.domain.apikey;

import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Personal API keys of the current tenant, stored by hash only. */
public interface ApiKeyRepository {
  void save(ApiKey key);

  Optional<ApiKey> findById(ApiKeyId id);

  Optional<ApiKey> findByHash(TokenHash hash);

  /** The user's keys that are not revoked, newest first. */
  List<ApiKey> activeOf(UserId user);

  /** Records a use without loading the key: one short update, at most once a minute per key. */
  void touch(ApiKeyId id, Instant when);
}
