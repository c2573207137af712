package io.tenantry.application.audit;

import static io.tenantry.application.audit.EntryShapes.names;
import static io.tenantry.application.audit.EntryShapes.user;

import io.tenantry.application.event.AccountDeleted;
import io.tenantry.application.event.UserImported;
import io.tenantry.domain.audit.AuditEventType;
import java.util.Map;
import java.util.TreeMap;

/** The audit entries of the data flows: users imported, accounts deleted by their owners. */
final class MigrationAuditEntries {
  private MigrationAuditEntries() {}

  static void register(AuditEntries entries) {
    entries.on(
        UserImported.class,
        e -> {
          Map<String, String> details = new TreeMap<>();
          details.put("via", "import");
          details.put("email", e.email().value());
          details.put("roles", names(e.roles()));
          details.put("credential", e.withPassword() ? "imported" : "none");
          e.externalId().ifPresent(id -> details.put("external_id", id));
          return user(AuditEventType.USER_CREATED, e.user(), details);
        });
    // No address: the row stays in the chain, the personal data the user asked to remove does not.
    entries.on(
        AccountDeleted.class,
        e -> user(AuditEventType.USER_DELETED, e.user(), Map.of("self", "true")));
  }
}
