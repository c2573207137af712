package io.tenantry.rest.role;

import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the role routes. */
public final class RoleRequests {
  private static final Map<String, Permission> BY_VALUE =
      Arrays.stream(Permission.values())
          .collect(Collectors.toUnmodifiableMap(Permission::value, Function.identity()));

  private RoleRequests() {}

  /** {@code POST /api/v1/roles}. */
  @Schema(name = "CreateRoleRequest")
  public record Create(
      @NotBlank @Size(max = 40) String name,
      @Size(max = 200) String description,
      @NotNull @Size(max = 64) List<@NotBlank @Size(max = 64) String> permissions) {}

  /** {@code PATCH /api/v1/roles/{name}}: what is given changes, the rest stays. */
  @Schema(name = "UpdateRoleRequest")
  public record Update(
      @Size(max = 200) String description,
      @Size(max = 64) List<@NotBlank @Size(max = 64) String> permissions) {}

  /** The name of a new role; a malformed one is a violation of {@code name}. */
  static Role name(String value) {
    try {
      return new Role(value);
    } catch (RuleViolationException e) {
      throw new RuleViolationException("name", e.getMessage());
    }
  }

  /**
   * The permissions named in a request; a name not in the catalogue is {@code unknown_permission}.
   */
  static Set<Permission> permissions(List<String> values) {
    Set<Permission> permissions = EnumSet.noneOf(Permission.class);
    for (String value : values) {
      Permission permission = BY_VALUE.get(value);
      if (permission == null) {
        throw new RuleViolationException(
            "unknown_permission", "permissions", "unknown permission: " + value);
      }
      permissions.add(permission);
    }
    return permissions;
  }
}
