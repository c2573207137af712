package io.tenantry.domain.auth;

import java.util.Optional;

/** One-time tokens of the current tenant, stored by hash only. */
public interface OneTimeTokenRepository {
  void save(OneTimeToken token);

  /** Finds the token and locks it until the unit of work ends, so it is redeemed once. */
  Optional<OneTimeToken> findByHashForUpdate(TokenHash hash);
}
