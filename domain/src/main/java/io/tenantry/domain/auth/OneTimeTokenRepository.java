package io.tenantry.domain.auth;

import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** One-time tokens of the current tenant, stored by hash only. */
public interface OneTimeTokenRepository {
  void save(OneTimeToken token);

  /** Finds the token and locks it until the unit of work ends, so it is redeemed once. */
  Optional<OneTimeToken> findByHashForUpdate(TokenHash hash);

  /** Marks every unused token of {@code user} for {@code purpose} used, so no older link works. */
  void spendAll(UserId user, TokenPurpose purpose, Instant now);
}
