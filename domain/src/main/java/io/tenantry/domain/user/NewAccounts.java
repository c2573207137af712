package io.tenantry.domain.user;

import io.tenantry.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The first state of each kind of new {@link User}: a fresh id, never logged in, no failed
 * password, no second factor, version 0.
 */
final class NewAccounts {
  private NewAccounts() {}

  /** Who a new account is for, as every kind of new account names it. */
  record Newcomer(TenantId tenant, Email email, DisplayName name, Set<Role> roles) {}

  static UserSnapshot invited(Newcomer who, Instant now) {
    return of(who, UserStatus.INVITED, false, false, null, now);
  }

  /**
   * Active, with a password or, for one imported without a hash, none (reached by a password
   * reset); {@code verificationRequired} keeps it from logging in until its address is verified.
   */
  static UserSnapshot active(
      Newcomer who,
      Optional<PasswordHash> password,
      boolean emailVerified,
      boolean verificationRequired,
      Instant now) {
    return of(
        who, UserStatus.ACTIVE, emailVerified, verificationRequired, password.orElse(null), now);
  }

  private static UserSnapshot of(
      Newcomer who,
      UserStatus status,
      boolean emailVerified,
      boolean verificationRequired,
      PasswordHash password,
      Instant now) {
    return new UserSnapshot(
        UserId.random(),
        who.tenant(),
        who.email(),
        who.name(),
        status,
        emailVerified,
        verificationRequired,
        who.roles(),
        password,
        0,
        LoginLockout.NONE.failedLogins(),
        LoginLockout.NONE.lockedUntil(),
        null,
        now,
        now,
        0,
        false);
  }
}
