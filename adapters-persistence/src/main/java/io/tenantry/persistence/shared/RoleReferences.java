package io.tenantry.persistence.shared;

import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.shared.DomainException;
import io.tenantry.domain.shared.RuleViolationException;
import java.util.Locale;
import java.util.Optional;

/**
 * The net under the role checks of the use cases: {@code user_roles.role} references {@code roles},
 * so a role deleted while being assigned, or assigned while being deleted, fails here.
 */
final class RoleReferences {
  private static final String CONSTRAINT = "user_roles_role_fkey";

  private RoleReferences() {}

  /** The domain meaning of a foreign-key violation message, if it is about role references. */
  static Optional<DomainException> translate(String message) {
    String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (!text.contains(CONSTRAINT)) {
      return Optional.empty();
    }
    // PostgreSQL: "update or delete on table "roles" violates ..." when the referenced row goes.
    if (text.contains("on table \"roles\"")) {
      return Optional.of(
          new ConflictException("role_in_use", "the role is held by a user; take it away first"));
    }
    return Optional.of(new RuleViolationException("roles", "the role does not exist"));
  }
}
