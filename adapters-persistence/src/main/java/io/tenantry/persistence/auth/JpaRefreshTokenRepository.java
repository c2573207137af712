package io.tenantry.persistence.auth;

import io.quarkus.panache.common.Parameters;
import io.tenantry.domain.auth.RefreshToken;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Refresh tokens of the tenant whose schema the current unit of work is bound to. */
@ApplicationScoped
public class JpaRefreshTokenRepository implements RefreshTokenRepository {

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
}
