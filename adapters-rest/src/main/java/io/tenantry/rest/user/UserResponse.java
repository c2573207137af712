package io.tenantry.rest.user;

import io.tenantry.application.user.UserView;
import io.tenantry.rest.openapi.ApiDoc;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user as the API shows it. */
@Schema(name = "User", description = "A user of a tenant; never a password hash or a token")
public record UserResponse(
    UUID id,
    String email,
    String displayName,
    @Schema(enumeration = {"active", "invited", "disabled"}) String status,
    boolean emailVerified,
    @Schema(ref = ApiDoc.ROLES) List<String> roles,
    Instant lockedUntil,
    Instant lastLoginAt,
    Instant createdAt,
    Instant updatedAt,
    long version,
    boolean mfaEnabled) {

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
        view.version(),
        view.mfaEnabled());
  }
}
