package io.tenantry.rest.role;

import io.tenantry.application.role.RoleView;
import io.tenantry.domain.user.Permission;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A role as the API shows it: built in (fixed) or the tenant's own. */
@Schema(name = "RoleDefinition", description = "A role and the permissions it grants")
public record RoleResponse(
    String name,
    String description,
    List<String> permissions,
    boolean builtIn,
    @Schema(description = "Absent for built-in roles") Instant createdAt,
    @Schema(description = "Absent for built-in roles") Instant updatedAt,
    long version) {

  public static RoleResponse from(RoleView view) {
    return new RoleResponse(
        view.name(),
        view.description(),
        view.permissions().stream().map(Permission::value).toList(),
        view.builtIn(),
        view.createdAt().orElse(null),
        view.updatedAt().orElse(null),
        view.version());
  }
}
