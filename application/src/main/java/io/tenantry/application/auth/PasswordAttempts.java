package io.tenantry.application.auth;

import io.tenantry.application.event.AccountLocked;
import io.tenantry.application.event.Initiator;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.LockoutPolicy;
import io.tenantry.domain.user.PasswordAttempt;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;

/**
 * Counts a password attempt toward the lockout and announces the lock an attempt engaged: the part
 * that a login and a password re-check share.
 */
public final class PasswordAttempts {
  private final UserRepository users;
  private final LockoutPolicy lockout;
  private final DomainEvents events;
  private final Clock clock;

  public PasswordAttempts(
      UserRepository users, LockoutPolicy lockout, DomainEvents events, Clock clock) {
    this.users = users;
    this.lockout = lockout;
    this.events = events;
    this.clock = clock;
  }

  /** Counts an attempt on the password of {@code user}, before the password is hashed. */
  public PasswordAttempt count(UserId user) {
    return users.countPasswordAttempt(user, clock.instant(), lockout);
  }

  /** Announces the lock when {@code attempt} is the one that engaged it. */
  public void announceLock(
      PasswordAttempt attempt, Initiator initiator, TenantId tenant, UserId user) {
    if (attempt.engagedLock()) {
      events.publish(new AccountLocked(initiator, tenant, user, attempt.lockedUntil()));
    }
  }
}
