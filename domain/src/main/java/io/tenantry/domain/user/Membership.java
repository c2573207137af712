package io.tenantry.domain.user;

import io.tenantry.domain.shared.RuleViolationException;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link User}'s standing in the tenant: the account's status, its roles, and whether its address
 * is verified (and, for a self-registered account, must be before any login). Each change is a new
 * value; the aggregate keeps its {@code updatedAt}.
 */
record Membership(
    UserStatus status, Set<Role> roles, boolean emailVerified, boolean verificationRequired) {
  Membership {
    Objects.requireNonNull(status);
    roles = requireRoles(roles);
  }

  static Membership of(UserSnapshot s) {
    return new Membership(s.status(), s.roles(), s.emailVerified(), s.verificationRequired());
  }

  Membership disabled() {
    return new Membership(UserStatus.DISABLED, roles, emailVerified, verificationRequired);
  }

  /** Re-enabled; an invited account becomes active only by accepting. */
  Membership activated() {
    if (status == UserStatus.INVITED) {
      throw new RuleViolationException(
          "status", "an invited user becomes active by accepting the invitation");
    }
    return new Membership(UserStatus.ACTIVE, roles, emailVerified, verificationRequired);
  }

  /** Active with a proven address: the invitation reached its owner. */
  Membership accepted() {
    if (status != UserStatus.INVITED) {
      throw new RuleViolationException(
          "invalid_token", "token", "the invitation is no longer valid");
    }
    return new Membership(UserStatus.ACTIVE, roles, true, verificationRequired);
  }

  Membership verified() {
    return new Membership(status, roles, true, verificationRequired);
  }

  Membership withRoles(Set<Role> newRoles) {
    return new Membership(status, newRoles, emailVerified, verificationRequired);
  }

  boolean isActive() {
    return status == UserStatus.ACTIVE;
  }

  /** False only for a self-registered account whose address is not verified yet. */
  boolean emailVerifiedIfRequired() {
    return emailVerified || !verificationRequired;
  }

  private static Set<Role> requireRoles(Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new RuleViolationException("roles", "must name at least one role");
    }
    // An immutable set (a restored or cached user's) is kept as it is: no copy per request.
    return Set.copyOf(roles);
  }
}
