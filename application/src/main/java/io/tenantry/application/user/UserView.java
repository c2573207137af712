package io.tenantry.application.user;

import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** What clients may see of a user: never a hash, a token or a secret. */
public record UserView(
    UUID id,
    String email,
    String displayName,
    String status,
    boolean emailVerified,
    List<String> roles,
    Instant lockedUntil,
    Instant lastLoginAt,
    Instant createdAt,
    Instant updatedAt,
    long version,
    boolean mfaEnabled) {

  public static UserView of(User user) {
    return new UserView(
        user.id().value(),
        user.email().value(),
        user.displayName().value(),
        user.status().name().toLowerCase(Locale.ROOT),
        user.emailVerified(),
        user.roles().stream().map(Role::name).sorted().toList(),
        user.lockedUntil().orElse(null),
        user.lastLoginAt().orElse(null),
        user.revision().createdAt(),
        user.revision().updatedAt(),
        user.revision().version(),
        user.mfaEnabled());
  }
}
