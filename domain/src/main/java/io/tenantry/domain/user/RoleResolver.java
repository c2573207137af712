package io.tenantry.domain.user;

import io.tenantry.domain.tenant.TenantSlug;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Role-based access control: which permissions roles grant, and who may grant which role. */
public final class RoleResolver {
  private static final Set<Permission> MEMBER =
      EnumSet.of(Permission.USERS_READ, Permission.TENANT_READ);
  private static final Set<Permission> ADMIN =
      EnumSet.of(
          Permission.USERS_READ,
          Permission.USERS_WRITE,
          Permission.USERS_DELETE,
          Permission.ROLES_ASSIGN,
          Permission.AUDIT_READ,
          Permission.TENANT_READ,
          Permission.CLIENTS_WRITE,
          Permission.WEBHOOKS_WRITE);
  private static final Set<Permission> OWNER =
      union(ADMIN, EnumSet.of(Permission.TENANT_UPDATE, Permission.ROLES_MANAGE));
  private static final Map<Role, Set<Permission>> GRANTS =
      Map.of(
          Role.OWNER, OWNER,
          Role.ADMIN, ADMIN,
          Role.MEMBER, MEMBER,
          Role.PLATFORM_ADMIN, EnumSet.of(Permission.PLATFORM_ADMIN));

  private RoleResolver() {}

  /** What a built-in role grants; nothing for any other name (see {@code TenantRoles}). */
  public static Set<Permission> grantsOf(Role role) {
    return Set.copyOf(GRANTS.getOrDefault(role, Set.of()));
  }

  public static Set<Permission> permissionsOf(Collection<Role> roles) {
    Set<Permission> permissions = EnumSet.noneOf(Permission.class);
    roles.forEach(role -> permissions.addAll(GRANTS.getOrDefault(role, Set.of())));
    return Set.copyOf(permissions);
  }

  /**
   * Whether holders of {@code actorRoles} may grant or take away {@code role}: they need {@code
   * roles:assign} and every permission the role grants (nobody grants more than they hold); only an
   * owner grants {@code owner}.
   */
  public static boolean canAssign(Collection<Role> actorRoles, Role role) {
    Set<Permission> held = permissionsOf(actorRoles);
    if (!held.contains(Permission.ROLES_ASSIGN) && !held.contains(Permission.PLATFORM_ADMIN)) {
      return false;
    }
    if (role.equals(Role.OWNER) && !actorRoles.contains(Role.OWNER)) {
      return false;
    }
    return held.containsAll(GRANTS.get(role));
  }

  /** {@code platform_admin} exists only in the system tenant; the other roles only outside it. */
  public static boolean isAllowedIn(TenantSlug tenant, Role role) {
    return tenant.isSystem() == role.equals(Role.PLATFORM_ADMIN);
  }

  private static Set<Permission> union(Set<Permission> a, Set<Permission> b) {
    Set<Permission> all = EnumSet.copyOf(a);
    all.addAll(b);
    return all;
  }
}
