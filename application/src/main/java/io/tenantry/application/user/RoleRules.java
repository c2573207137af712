package io.tenantry.application.user;

import io.tenantry.application.shared.Actor;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.RoleResolver;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Who may grant which role where, checked against the actor's current roles. */
final class RoleRules {
  private RoleRules() {}

  static void requireAssignable(Actor actor, Role role) {
    if (!RoleResolver.isAllowedIn(actor.tenant(), role)) {
      throw new RuleViolationException("roles", "role " + role + " does not exist in this tenant");
    }
    if (!RoleResolver.canAssign(actor.roles(), role)) {
      throw new ForbiddenException("you cannot grant or take away role " + role);
    }
  }

  static Set<Role> parse(List<String> names) {
    if (names == null) {
      return Set.of();
    }
    return names.stream().map(Role::new).collect(Collectors.toUnmodifiableSet());
  }

  /** The roles added or taken away when {@code before} becomes {@code after}. */
  static Set<Role> changed(Set<Role> before, Set<Role> after) {
    Set<Role> union = new HashSet<>(before);
    union.addAll(after);
    union.removeIf(role -> before.contains(role) && after.contains(role));
    return union;
  }

  /** A stable, comma-separated form for audit details. */
  static String names(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
  }
}
