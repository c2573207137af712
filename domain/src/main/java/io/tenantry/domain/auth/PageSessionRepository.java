package io.tenantry.domain.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Pages sessions of the current tenant, stored by the hash of their cookie only. */
public interface PageSessionRepository {
  void save(PageSession session);

  Optional<PageSession> findByHash(TokenHash hash);

  /** Records activity, which pushes the idle timeout back. */
  void touch(UUID id, Instant now);

  void delete(UUID id);
}
