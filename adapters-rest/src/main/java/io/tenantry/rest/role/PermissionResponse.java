package io.tenantry.rest.role;

import io.tenantry.application.role.PermissionCatalogue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the permission catalogue. */
@Schema(name = "Permission", description = "A permission a role can grant, and what it allows")
public record PermissionResponse(String value, String description) {
  public static PermissionResponse from(PermissionCatalogue.Entry entry) {
    return new PermissionResponse(entry.permission().value(), entry.description());
  }
}
