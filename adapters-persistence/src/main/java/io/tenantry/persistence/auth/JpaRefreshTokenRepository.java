package io.tenantry.persistence.auth;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.tenantry.domain.auth.RefreshToken;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Refresh tokens of the tenant whose schema the current unit of work is bound to. */
@ApplicationScoped
public class JpaRefreshTokenRepository implements RefreshTokenRepository {
  private static final String MARK_ROTATED =
      "update refresh_tokens set rotated_at = :now where token_hash = :hash"
          + " and rotated_at is null and revoked_at is null and expires_at > :now and ";
  private static final String RETURNING = " returning *";

  @Override
  public void save(RefreshToken token) {
    RefreshTokenEntity entity = RefreshTokenEntity.findById(token.id());
    if (entity == null) {
      RefreshTokenMapper.toNewEntity(token).persist();
    } else {
      RefreshTokenMapper.copyState(token, entity);
    }
  }

  @Override
  public void add(RefreshToken token) {
    // persist, not find-then-persist: a new token's id is fresh, so a read would find nothing.
    RefreshTokenMapper.toNewEntity(token).persist();
  }

  @Override
  public Optional<RefreshToken> markRotated(TokenHash hash, Optional<String> client, Instant now) {
    // One statement instead of a locking read plus a dirty-checked update; the row lock it takes
    // makes a concurrent second use wait, re-check the condition and find the token rotated.
    // Two shapes rather than "is not distinct from :client": a null parameter has no type.
    var query =
        Panache.getEntityManager()
            .createNativeQuery(
                MARK_ROTATED
                    + (client.isPresent() ? "client_id = :client" : "client_id is null")
                    + RETURNING,
                RefreshTokenEntity.class)
            .setParameter("hash", hash.hex())
            .setParameter("now", now);
    client.ifPresent(id -> query.setParameter("client", id));
    @SuppressWarnings("unchecked")
    Optional<RefreshTokenEntity> row = query.getResultList().stream().findFirst();
    return row.map(RefreshTokenMapper::toDomain);
  }

  @Override
  public Optional<RefreshToken> findByHashForUpdate(TokenHash hash) {
    // The row lock makes a concurrent second use of the same token wait, then see it rotated.
    return RefreshTokenEntity.<RefreshTokenEntity>find("tokenHash", hash.hex())
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional()
        .map(RefreshTokenMapper::toDomain);
  }

  @Override
  public void revokeFamily(UUID familyId, Instant now) {
    RefreshTokenEntity.update(
        "revokedAt = :now where familyId = :family and revokedAt is null",
        Parameters.with("now", now).and("family", familyId));
  }

  @Override
  public void revokeAllOf(UserId user, Instant now) {
    RefreshTokenEntity.update(
        "revokedAt = :now where userId = :user and revokedAt is null",
        Parameters.with("now", now).and("user", user.value()));
  }

  @Override
  public void revokeAllOfExcept(UserId user, UUID kept, Instant now) {
    RefreshTokenEntity.update(
        "revokedAt = :now where userId = :user and familyId <> :kept and revokedAt is null",
        Parameters.with("now", now).and("user", user.value()).and("kept", kept));
  }

  @Override
  public List<RefreshToken> liveSessionsOf(UserId user, Instant now) {
    // Rotation inserts the successor in the same transaction, so each live session has one head.
    return RefreshTokenEntity.<RefreshTokenEntity>find(
            "userId = :user and rotatedAt is null and revokedAt is null and expiresAt > :now"
                + " order by issuedAt desc",
            Parameters.with("user", user.value()).and("now", now))
        .stream()
        .map(RefreshTokenMapper::toDomain)
        .toList();
  }
}
