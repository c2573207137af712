package io.tenantry.rest.user;

import io.tenantry.application.user.UserView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user as the API shows it. */
public record UserResponse(
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
    long version) {

  public static UserResponse from(UserView view) {
    return new UserResponse(
        view.id(),
        view.email(),
        view.displayName(),
        view.status(),
        view.emailVerified(),
        view.roles(),
        view.lockedUntil(),
        view.lastLoginAt(),
        view.createdAt(),
        view.updatedAt(),
        view.version());
  }
}
