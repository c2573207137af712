package io.tenantry.web.console;

import io.quarkus.qute.TemplateData;
import io.tenantry.application.role.PermissionCatalogue;
import io.tenantry.application.role.RoleView;
import io.tenantry.domain.user.Permission;
import io.tenantry.web.FormErrors;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A custom role's form as typed: name, description and the permissions ticked. */
@TemplateData
public record RoleForm(String name, String description, List<String> permissions) {
  public RoleForm {
    name = ConsoleInput.orEmpty(name).strip();
    description = ConsoleInput.orEmpty(description).strip();
    permissions = permissions == null ? List.of() : List.copyOf(permissions);
  }

  static RoleForm empty() {
    return new RoleForm("", "", List.of());
  }

  static RoleForm of(RoleView role) {
    return new RoleForm(
        role.name(),
        role.description(),
        role.permissions().stream().map(Permission::value).toList());
  }

  /** One checkbox per permission a tenant's role can grant, with what it allows. */
  public List<Option> permissionOptions() {
    return PermissionCatalogue.entries().stream()
        .filter(entry -> entry.permission() != Permission.PLATFORM_ADMIN)
        .map(
            entry ->
                new Option(
                    entry.permission().value(),
                    entry.permission().value() + ": " + entry.description(),
                    permissions.contains(entry.permission().value())))
        .toList();
  }

  /** The permissions ticked, or empty with a message beside them when one is unknown. */
  Optional<Set<Permission>> chosen(FormErrors errors) {
    Set<Permission> chosen = EnumSet.noneOf(Permission.class);
    for (String value : permissions) {
      Optional<Permission> known =
          Arrays.stream(Permission.values()).filter(p -> p.value().equals(value)).findFirst();
      if (known.isEmpty()) {
        errors.flag("permissions", "Choose among the permissions shown.");
        return Optional.empty();
      }
      chosen.add(known.get());
    }
    return Optional.of(chosen);
  }
}
