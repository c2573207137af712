package io.tenantry.application.role;

import io.tenantry.domain.role.CustomRole;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.RoleResolver;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A role as callers see it: built in (fixed) or the tenant's own, with what it grants. */
public record RoleView(
    String name,
    String description,
    List<Permission> permissions,
    boolean builtIn,
    Optional<Instant> createdAt,
    Optional<Instant> updatedAt,
    long version) {
  private static final Map<Role, String> BUILT_IN_DESCRIPTIONS =
      Map.of(
          Role.OWNER, "Owns the tenant: every permission, and grants any role",
          Role.ADMIN, "Manages users, their roles (not owner), clients, webhooks; reads the audit",
          Role.MEMBER, "Reads the directory and the tenant");

  /** The built-in roles a tenant's users can hold, in a fixed order. */
  public static final List<Role> TENANT_BUILT_INS = List.of(Role.OWNER, Role.ADMIN, Role.MEMBER);

  public RoleView {
    permissions = List.copyOf(permissions);
  }

  public static RoleView builtIn(Role role) {
    return new RoleView(
        role.name(),
        BUILT_IN_DESCRIPTIONS.getOrDefault(role, ""),
        sorted(RoleResolver.grantsOf(role)),
        true,
        Optional.empty(),
        Optional.empty(),
        0);
  }

  public static RoleView of(CustomRole role) {
    return new RoleView(
        role.name().name(),
        role.description(),
        sorted(role.permissions()),
        false,
        Optional.of(role.revision().createdAt()),
        Optional.of(role.revision().updatedAt()),
        role.revision().version());
  }

  private static List<Permission> sorted(java.util.Collection<Permission> permissions) {
    return permissions.stream().sorted(Comparator.naturalOrder()).toList();
  }
}
