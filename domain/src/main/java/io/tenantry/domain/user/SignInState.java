package io.tenantry.domain.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The part of a {@link User} that decides whether and how they sign in: the password hash, the
 * security version every access token carries, the brute-force lockout, the last login and the
 * second factor. Changed only through the aggregate, which keeps its {@code updatedAt}.
 */
final class SignInState {
  private PasswordHash passwordHash;
  private long securityVersion;
  private LoginLockout lockout;
  private Instant lastLoginAt;
  private boolean mfaEnabled;

  SignInState(UserSnapshot s) {
    this.passwordHash = s.passwordHash();
    this.securityVersion = s.securityVersion();
    this.lockout = new LoginLockout(s.failedLogins(), s.lockedUntil());
    this.lastLoginAt = s.lastLoginAt();
    this.mfaEnabled = s.mfaEnabled();
  }

  void setPassword(PasswordHash password) {
    passwordHash = Objects.requireNonNull(password);
  }

  void recordLogin(Instant now) {
    lastLoginAt = now;
    clearFailures();
  }

  /**
   * Forgets the counted failures and lifts the lock: after a right password (a lock that the same
   * attempt engaged when it was counted; attempts on a locked account are never checked) or when an
   * administrator unlocks the account.
   */
  void clearFailures() {
    lockout = LoginLockout.NONE;
  }

  /**
   * Counts a wrong password; the one that reaches the policy's limit locks the account. Attempts
   * while locked neither count nor extend the lock. Returns whether this attempt locked it.
   */
  boolean recordFailedLogin(Instant now, LockoutPolicy policy) {
    boolean locks = !lockout.isLocked(now) && lockout.nextFailureLocks(policy);
    lockout = lockout.afterFailure(now, policy);
    return locks;
  }

  boolean isLocked(Instant now) {
    return lockout.isLocked(now);
  }

  /** Invalidates every access token issued so far (they carry the old security version). */
  void revokeSessions() {
    securityVersion++;
  }

  /** Turns the second factor on or off; whether that changed anything. */
  boolean setMfa(boolean enabled) {
    boolean changed = mfaEnabled != enabled;
    mfaEnabled = enabled;
    return changed;
  }

  Optional<PasswordHash> passwordHash() {
    return Optional.ofNullable(passwordHash);
  }

  long securityVersion() {
    return securityVersion;
  }

  LoginLockout lockout() {
    return lockout;
  }

  Optional<Instant> lastLoginAt() {
    return Optional.ofNullable(lastLoginAt);
  }

  boolean mfaEnabled() {
    return mfaEnabled;
  }
}
