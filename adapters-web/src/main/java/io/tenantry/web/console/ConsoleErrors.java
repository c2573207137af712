package io.tenantry.web.console;

import io.tenantry.domain.shared.DomainException;
import io.tenantry.domain.shared.RuleViolationException;

/** Says in words what a refused change means, for the message beside the form that asked it. */
final class ConsoleErrors {
  private ConsoleErrors() {}

  static String describe(DomainException refusal) {
    return switch (refusal.code()) {
      case "email_taken" -> "Someone in this tenant already has this e-mail address.";
      case "last_owner" -> "The tenant must keep at least one active owner.";
      case "version_conflict" -> "Someone else changed this meanwhile; look again and retry.";
      case "role_in_use" -> "This role is still assigned to someone.";
      default -> fieldMessage(refusal);
    };
  }

  private static String fieldMessage(DomainException refusal) {
    if (refusal instanceof RuleViolationException rule && !rule.errors().isEmpty()) {
      return capitalised(rule.errors().get(0).message()) + ".";
    }
    return capitalised(refusal.getMessage()) + ".";
  }

  private static String capitalised(String text) {
    return text == null || text.isEmpty()
        ? "This change was refused"
        : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
