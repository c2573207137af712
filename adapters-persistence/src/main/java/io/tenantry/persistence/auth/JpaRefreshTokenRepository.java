package io.tenantry.persistence.auth;

import io.quarkus.panache.common.Parameters;
import io.tenantry.domain.auth.RefreshToken;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.auth.SessionOrigin;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Refresh tokens of the tenant whose schema the current unit of work is bound to. */
@ApplicationScoped
public class JpaRefreshTokenRepository implements RefreshTokenRepository {
  // The user's sessions from their first tokens (refresh_tokens_session_idx: one entry per login),
  // then each session's newest unrotated token (refresh_tokens_family_idx, newest first), which
  // is its one head: rotation marks the used token and inserts the successor in one statement.
  // No index names rotated_at, so that a rotation's mark is a heap-only update (tenant V21).
  private static final String LIVE_SESSIONS =
      """
      select h.* from (select distinct family_id from refresh_tokens
          where user_id = ?1 and issued_at = session_started_at and session_expires_at > ?2) s
        cross join lateral (select * from refresh_tokens x where x.family_id = s.family_id
          and x.rotated_at is null order by x.issued_at desc limit 1) h
      where h.revoked_at is null and h.expires_at > ?2
      order by h.issued_at desc
      """;

  // Sessions are found from their first tokens (one per login, refresh_tokens_session_idx; the
  // invariant LIVE_SESSIONS relies on too), each checked through refresh_tokens_family_idx for a
  // token still usable at the cutoff. A whole session goes or none of it. "offset 0" keeps the
  // check a per-session probe that stops at the batch's limit: as an anti join, PostgreSQL hashed
  // every usable token of the table first, a full scan of refresh_tokens for every batch.
  private static final String PURGE_ENDED =
      """
      delete from refresh_tokens where family_id in (
        select f.family_id from refresh_tokens f
        where f.issued_at = f.session_started_at and f.session_started_at < ?1
          and not exists (select 1 from refresh_tokens r where r.family_id = f.family_id
            and (r.rotated_at is null or r.rotated_at >= ?1)
            and (r.revoked_at is null or r.revoked_at >= ?1)
            and r.expires_at >= ?1 and r.session_expires_at >= ?1 offset 0)
        limit ?2)
      """;

  @Inject RefreshTokenRotation alone;

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
  public Optional<RefreshToken> rotateAlone(
      TenantRef tenant,
      TokenHash hash,
      Optional<String> client,
      Instant now,
      TokenHash next,
      SessionOrigin from,
      Instant expires) {
    return alone.rotate(tenant, hash, client, now, next, from, expires);
  }

  @Override
  public void undoRotation(TokenHash used, RefreshToken successor) {
    // Not once the family is revoked (a reuse seen meanwhile): that stays final.
    RefreshTokenEntity.update(
        "rotatedAt = null where tokenHash = :used and familyId = :family and revokedAt is null",
        Parameters.with("used", used.hex()).and("family", successor.familyId()));
    RefreshTokenEntity.deleteById(successor.id());
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
  @SuppressWarnings("unchecked")
  public List<RefreshToken> liveSessionsOf(UserId user, Instant now) {
    List<RefreshTokenEntity> heads =
        RefreshTokenEntity.getEntityManager()
            .createNativeQuery(LIVE_SESSIONS, RefreshTokenEntity.class)
            .setParameter(1, user.value())
            .setParameter(2, now)
            .getResultList();
    return heads.stream().map(RefreshTokenMapper::toDomain).toList();
  }

  @Override
  public long purgeEndedBefore(Instant cutoff, int sessions) {
    return RefreshTokenEntity.getEntityManager()
        .createNativeQuery(PURGE_ENDED)
        .setParameter(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
        .setParameter(2, sessions)
        .executeUpdate();
  }
}
