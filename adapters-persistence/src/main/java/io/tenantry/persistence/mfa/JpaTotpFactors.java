package io.tenantry.persistence.mfa;

import io.quarkus.panache.common.Parameters;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.mfa.TotpFactor;
import io.tenantry.domain.mfa.TotpFactors;
import io.tenantry.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** TOTP factors and recovery codes of the tenant the current unit of work is bound to. */
@ApplicationScoped
public class JpaTotpFactors implements TotpFactors {

  @Override
  public Optional<TotpFactor> findForUpdate(UserId user) {
    // The row lock serialises two logins with the same code: the second sees the step used.
    return TotpFactorEntity.<TotpFactorEntity>find("userId", user.value())
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional()
        .map(JpaTotpFactors::toDomain);
  }

  @Override
  public void save(TotpFactor factor) {
    TotpFactorEntity entity = TotpFactorEntity.findById(factor.userId().value());
    if (entity == null) {
      entity = new TotpFactorEntity();
      entity.userId = factor.userId().value();
      copy(factor, entity);
      entity.persist();
    } else {
      copy(factor, entity);
    }
  }

  @Override
  public void delete(UserId user) {
    RecoveryCodeEntity.delete("userId", user.value());
    TotpFactorEntity.deleteById(user.value());
  }

  @Override
  public void replaceRecoveryCodes(UserId user, List<TokenHash> codes, Instant now) {
    RecoveryCodeEntity.delete("userId", user.value());
    for (TokenHash code : codes) {
      RecoveryCodeEntity entity = new RecoveryCodeEntity();
      entity.id = UUID.randomUUID();
      entity.userId = user.value();
      entity.codeHash = code.hex();
      entity.createdAt = now;
      entity.persist();
    }
  }

  @Override
  public boolean spendRecoveryCode(UserId user, TokenHash code, Instant now) {
    // One statement: of two concurrent uses of the same code, exactly one updates the row.
    return RecoveryCodeEntity.update(
            "usedAt = :now where userId = :user and codeHash = :hash and usedAt is null",
            Parameters.with("now", now).and("user", user.value()).and("hash", code.hex()))
        == 1;
  }

  @Override
  public Optional<TotpFactor> find(UserId user) {
    return TotpFactorEntity.<TotpFactorEntity>findByIdOptional(user.value())
        .map(JpaTotpFactors::toDomain);
  }

  @Override
  public int unusedRecoveryCodes(UserId user) {
    return (int) RecoveryCodeEntity.count("userId = ?1 and usedAt is null", user.value());
  }

  private static void copy(TotpFactor factor, TotpFactorEntity entity) {
    entity.sealedSecret = factor.sealedSecret();
    entity.createdAt = factor.createdAt();
    entity.confirmedAt = factor.confirmedAt().orElse(null);
    entity.lastUsedStep = factor.lastUsedStep();
  }

  private static TotpFactor toDomain(TotpFactorEntity e) {
    return TotpFactor.restore(
        new UserId(e.userId), e.sealedSecret, e.createdAt, e.confirmedAt, e.lastUsedStep);
  }
}
