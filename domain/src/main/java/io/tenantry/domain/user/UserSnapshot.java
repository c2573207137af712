package io.tenantry.domain.user;

import io.tenantry.domain.shared.Revision;
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

  /** The snapshot of a user made of these parts. */
  static UserSnapshot of(
      UserId id,
      TenantId tenantId,
      Email email,
      DisplayName displayName,
      Membership membership,
      SignInState signIn,
      Revision revision) {
    return new UserSnapshot(
        id,
        tenantId,
        email,
        displayName,
        membership.status(),
        membership.emailVerified(),
        membership.verificationRequired(),
        membership.roles(),
        signIn.passwordHash().orElse(null),
        signIn.securityVersion(),
        signIn.lockout().failedLogins(),
        signIn.lockout().lockedUntil(),
        signIn.lastLoginAt().orElse(null),
        revision.createdAt(),
        revision.updatedAt(),
        revision.version(),
        signIn.mfaEnabled());
  }
}
