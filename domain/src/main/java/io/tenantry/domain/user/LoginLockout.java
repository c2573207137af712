package io.tenantry.domain.user;

import java.time.Instant;
import java.util.Optional;

/**
 * An account's brute-force state: the wrong passwords counted in a row, and the lock the last of
 * them engaged. Attempts while locked neither count nor extend the lock; the attempt that reaches
 * the policy's limit locks the account and starts the count again.
 *
 * @param lockedUntil when the lock ends, or null if none was engaged
 */
public record LoginLockout(int failedLogins, Instant lockedUntil) {
  /** No failure counted, no lock. */
  public static final LoginLockout NONE = new LoginLockout(0, null);

  public boolean isLocked(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /** Whether one more wrong password would lock the account. */
  public boolean nextFailureLocks(LockoutPolicy policy) {
    return failedLogins + 1 >= policy.maxFailures();
  }

  /** The state after a wrong password at {@code now}; unchanged while the account is locked. */
  public LoginLockout afterFailure(Instant now, LockoutPolicy policy) {
    if (isLocked(now)) {
      return this;
    }
    return nextFailureLocks(policy)
        ? new LoginLockout(0, now.plus(policy.duration()))
        : new LoginLockout(failedLogins + 1, lockedUntil);
  }

  public Optional<Instant> lockedUntilIfAny() {
    return Optional.ofNullable(lockedUntil);
  }
}
