package io.tenantry.domain.user;

import io.tenantry.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Set;

/** Every field of a user, for loading from and saving to storage. */
public record UserSnapshot(
    UserId id,
    TenantId tenantId,
    Email email,
    DisplayName displayName,
    UserStatus status,
    boolean emailVerified,
    boolean verificationRequired,
    Set<Role> roles,
    PasswordHash passwordHash,
    long securityVersion,
    int failedLogins,
    Instant lockedUntil,
    Instant lastLoginAt,
    Instant createdAt,
    Instant updatedAt,
    long version,
    boolean mfaEnabled) {

  /**
   * The first state of a new account: a fresh id, never logged in, no failed password, no second
   * factor, version 0.
   */
  static UserSnapshot newAccount(
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
