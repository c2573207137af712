package io.tenantry.persistence.auth;

import io.quarkus.panache.common.Parameters;
import io.tenantry.domain.auth.PageSession;
import io.tenantry.domain.auth.PageSessionRepository;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Pages sessions of the tenant whose schema the current unit of work is bound to. */
@ApplicationScoped
public class JpaPageSessionRepository implements PageSessionRepository {

  @Override
  public void save(PageSession session) {
    PageSessionEntity entity = new PageSessionEntity();
    entity.id = session.id();
    entity.tokenHash = session.hash().hex();
    entity.userId = session.user().value();
    entity.sessionId = session.session();
    entity.createdAt = session.createdAt();
    entity.lastSeenAt = session.lastSeenAt();
    entity.persist();
  }

  @Override
  public Optional<PageSession> findByHash(TokenHash hash) {
    return PageSessionEntity.<PageSessionEntity>find("tokenHash", hash.hex())
        .firstResultOptional()
        .map(
            e ->
                new PageSession(
                    e.id,
                    new TokenHash(e.tokenHash),
                    new UserId(e.userId),
                    e.sessionId,
                    e.createdAt,
                    e.lastSeenAt));
  }

  @Override
  public void touch(UUID id, Instant now) {
    PageSessionEntity.update(
        "lastSeenAt = :now where id = :id", Parameters.with("now", now).and("id", id));
  }

  @Override
  public void delete(UUID id) {
    PageSessionEntity.deleteById(id);
  }
}
