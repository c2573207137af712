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

  static UserSnapshot invited(
      TenantId tenant, Email email, DisplayName name, Set<Role> roles, Instant now) {
    return of(tenant, email, name, UserStatus.INVITED, false, false, roles, null, now);
  }

  /**
   * Active, with a password or, for one imported without a hash, none (reached by a password
   * reset); {@code verificationRequired} keeps it from logging in until its address is verified.
   */
  static UserSnapshot active(
      TenantId tenant,
      Email email,
      DisplayName name,
      Set<Role> roles,
      Optional<PasswordHash> password,
      boolean emailVerified,
      boolean verificationRequired,
      Instant now) {
    return of(
        tenant,
        email,
        name,
        UserStatus.ACTIVE,
        emailVerified,
        verificationRequired,
        roles,
        password.orElse(null),
        now);
  }

  private static UserSnapshot of(
      TenantId tenant,
      Email email,
      DisplayName name,
      UserStatus status,
      boolean emailVerified,
      boolean verificationRequired,
      Set<Role> roles,
      PasswordHash password,
      Instant now) {
    return new UserSnapshot(
        UserId.random(),
        tenant,
        email,
        name,
        status,
        emailVerified,
        verificationRequired,
        roles,
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
