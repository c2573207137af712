package io.tenantry.persistence.auth;

import io.quarkus.panache.common.Parameters;
import io.tenantry.domain.auth.OneTimeToken;
import io.tenantry.domain.auth.OneTimeTokenRepository;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.user.UserId;
import io.tenantry.persistence.shared.StoredEnums;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;

/** One-time tokens of the tenant whose schema the current unit of work is bound to. */
@ApplicationScoped
public class JpaOneTimeTokenRepository implements OneTimeTokenRepository {

  @Override
  public void save(OneTimeToken token) {
    OneTimeTokenEntity entity = OneTimeTokenEntity.findById(token.id());
    if (entity == null) {
      OneTimeTokenMapper.toNewEntity(token).persist();
    } else {
      // Redemption is the only change a stored token sees.
      entity.usedAt = token.usedAt().orElse(null);
    }
  }

  @Override
  public Optional<OneTimeToken> findByHashForUpdate(TokenHash hash) {
    // The row lock makes a concurrent second redemption wait, then see the token used.
    return OneTimeTokenEntity.<OneTimeTokenEntity>find("tokenHash", hash.hex())
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional()
        .map(OneTimeTokenMapper::toDomain);
  }

  @Override
  public void spendAll(UserId user, TokenPurpose purpose, Instant now) {
    OneTimeTokenEntity.update(
        "usedAt = :now where userId = :user and purpose = :purpose and usedAt is null",
        Parameters.with("now", now)
            .and("user", user.value())
            .and("purpose", StoredEnums.text(purpose)));
  }
}
