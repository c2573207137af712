package io.tenantry.domain.mfa;

import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The TOTP factors and recovery codes of the current tenant's users (codes by hash only). */
public interface TotpFactors {
  /** Finds the user's factor and locks it until the unit of work ends, so a code counts once. */
  Optional<TotpFactor> findForUpdate(UserId user);

  void save(TotpFactor factor);

  /** Removes the user's factor and every recovery code. */
  void delete(UserId user);

  /** Replaces every recovery code of the user with these (hashes of fresh codes). */
  void replaceRecoveryCodes(UserId user, List<TokenHash> codes, Instant now);

  /** Marks the unused code with this hash used; false when there is none (wrong or spent). */
  boolean spendRecoveryCode(UserId user, TokenHash code, Instant now);

  /** Reads the user's factor without locking it (for showing its state, never for a code). */
  Optional<TotpFactor> find(UserId user);

  /** How many of the user's recovery codes are still unused. */
  int unusedRecoveryCodes(UserId user);
}
