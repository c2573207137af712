package io.tenantry.domain.user;

import java.time.Instant;
import java.util.Optional;

/**
 * One password attempt, counted against the lockout policy before the password is checked. {@code
 * refused}: the account was already locked, so the password must not be checked (and the attempt
 * did not count); {@code engagedLock}: this attempt reached the limit and locked the account until
 * {@code lockedUntil}. A correct password then lifts the lock it engaged itself.
 */
public record PasswordAttempt(boolean refused, boolean engagedLock, Optional<Instant> lockedUntil) {
  /** An attempt on an account that has no stored row any more: refused like a locked one. */
  public static PasswordAttempt gone() {
    return new PasswordAttempt(true, false, Optional.empty());
  }
}
