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
    boolean mfaEnabled) {}
