package io.tenantry.domain.role;

import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.RoleResolver;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles one tenant knows, built-in and its own, and so what a set of roles grants there: the
 * role-based access control of one tenant. Nobody grants a permission they lack.
 */
public final class TenantRoles {
  /** A tenant without roles of its own. */
  public static final TenantRoles BUILT_IN_ONLY = new TenantRoles(Set.of());

  private final Map<Role, Set<Permission>> custom;

  public TenantRoles(Collection<CustomRole> roles) {
    this.custom =
        roles.stream()
            .collect(Collectors.toUnmodifiableMap(CustomRole::name, CustomRole::permissions));
  }

  /** Whether the role exists in this tenant: built in, or defined by it. */
  public boolean defines(Role role) {
    return role.isBuiltIn() || custom.containsKey(role);
  }

  /** What the role grants here; nothing for a role the tenant does not define. */
  public Set<Permission> grantsOf(Role role) {
    return role.isBuiltIn() ? RoleResolver.grantsOf(role) : custom.getOrDefault(role, Set.of());
  }

  public Set<Permission> permissionsOf(Collection<Role> roles) {
    Set<Permission> permissions = EnumSet.noneOf(Permission.class);
    roles.forEach(role -> permissions.addAll(grantsOf(role)));
    return Set.copyOf(permissions);
  }

  /**
   * Whether holders of {@code actorRoles} may grant or take away {@code role}: they need {@code
   * roles:assign} and every permission the role grants; only an owner grants {@code owner}.
   */
  public boolean canAssign(Collection<Role> actorRoles, Role role) {
    Set<Permission> held = permissionsOf(actorRoles);
    if (!held.contains(Permission.ROLES_ASSIGN) && !held.contains(Permission.PLATFORM_ADMIN)) {
      return false;
    }
    if (role.equals(Role.OWNER) && !actorRoles.contains(Role.OWNER)) {
      return false;
    }
    return held.containsAll(grantsOf(role));
  }

  /** The tenant's own roles by name, with what they grant. */
  public Map<Role, Set<Permission>> custom() {
    return custom;
  }
}
