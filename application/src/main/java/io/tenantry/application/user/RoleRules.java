package io.tenantry.application.user;

import io.tenantry.application.shared.Actor;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.RoleResolver;

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
}
