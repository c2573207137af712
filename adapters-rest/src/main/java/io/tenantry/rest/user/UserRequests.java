package io.tenantry.rest.user;

import io.tenantry.application.user.UpdateUserCommand;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserStatus;
import io.tenantry.rest.shared.QueryValues;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the user routes. */
public final class UserRequests {
  private UserRequests() {}

  /** {@code PATCH /me}: only the display name can change here. */
  @Schema(name = "UpdateCurrentUserRequest")
  public record UpdateMe(@NotBlank @Size(max = 100) String displayName) {}

  /** {@code POST /}: invite someone. */
  @Schema(name = "InviteUserRequest")
  public record Invite(
      @NotBlank @Size(max = 320) String email,
      @NotBlank @Size(max = 100) String displayName,
      @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 64) String> roles) {}

  /** {@code PATCH /{id}}. */
  @Schema(name = "UpdateUserRequest")
  public record Update(
      @Size(min = 1, max = 100) String displayName,
      @Schema(enumeration = {"active", "disabled"}) @Size(max = 16) String status) {

    /** The change of {@code id}, read into domain values. */
    UpdateUserCommand toCommand(UserId id, OptionalLong expected) {
      return new UpdateUserCommand(
          id,
          Optional.ofNullable(displayName).map(DisplayName::new),
          Optional.ofNullable(status)
              .map(value -> QueryValues.enumValue(UserStatus.class, value, "status")),
          expected);
    }
  }

  /** The roles named in a request body; an unknown name is a violation of {@code roles}. */
  static Set<Role> roles(List<String> names) {
    return names.stream().map(Role::new).collect(Collectors.toUnmodifiableSet());
  }

  /** {@code DELETE /me}: the caller confirms with their password. */
  @Schema(name = "DeleteCurrentUserRequest")
  public record DeleteMe(@NotNull @Size(max = 256) String password) {}

  /** {@code PUT /{id}/roles}. */
  @Schema(name = "SetUserRolesRequest")
  public record SetRoles(@NotNull @Size(max = 10) List<@NotBlank @Size(max = 64) String> roles) {}
}
