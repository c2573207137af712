package io.tenantry.web.console;

import io.quarkus.qute.TemplateData;
import io.tenantry.application.role.RoleView;
import io.tenantry.domain.user.Permission;
import java.util.stream.Collectors;

/** A role as the roles table lists it: its permissions joined, built in or the tenant's own. */
@TemplateData
public record RoleRow(String name, String description, String permissions, boolean builtIn) {

  static RoleRow of(RoleView role) {
    return new RoleRow(
        role.name(),
        role.description(),
        role.permissions().stream().map(Permission::value).collect(Collectors.joining(", ")),
        role.builtIn());
  }
}
