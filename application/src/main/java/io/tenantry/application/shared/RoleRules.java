package io.tenantry.application.shared;

import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.RoleResolver;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** Who may grant which role where, checked against the actor's current roles. */
public final class RoleRules {
  private RoleRules() {}

  public static void requireAssignable(Actor actor, Role role) {
    if (!RoleResolver.isAllowedIn(actor.tenant(), role) || !actor.roleDefinitions().defines(role)) {
      throw new RuleViolationException("roles", "role " + role + " does not exist in this tenant");
    }
    if (!actor.roleDefinitions().canAssign(actor.roles(), role)) {
      throw new ForbiddenException("you cannot grant or take away role " + role);
    }
  }

  /**
   * Nobody grants a permission they lack: defining, changing or removing a role that grants {@code
   * permissions} needs every one of them.
   */
  public static void requireHeld(Actor actor, Set<Permission> permissions) {
    Set<Permission> missing = EnumSet.noneOf(Permission.class);
    missing.addAll(permissions);
    missing.removeAll(actor.permissions());
    if (!missing.isEmpty()) {
      throw new ForbiddenException(
          "you cannot grant permissions you do not hold: "
              + missing.stream().map(Permission::value).sorted().toList());
    }
  }

  /** The roles added or taken away when {@code before} becomes {@code after}. */
  public static Set<Role> changed(Set<Role> before, Set<Role> after) {
    Set<Role> union = new HashSet<>(before);
    union.addAll(after);
    union.removeIf(role -> before.contains(role) && after.contains(role));
    return union;
  }
}
