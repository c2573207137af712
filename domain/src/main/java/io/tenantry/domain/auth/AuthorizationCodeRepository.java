package io.tenantry.domain.auth;

import java.util.Optional;

/** Authorization codes of the current tenant, stored by hash only. */
public interface AuthorizationCodeRepository {
  void save(AuthorizationCode code);

  /** Finds the code and locks it until the unit of work ends, so one code is exchanged once. */
  Optional<AuthorizationCode> findByHashForUpdate(TokenHash hash);
}
