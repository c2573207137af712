package io.tenantry.application.audit;

import static io.tenantry.application.audit.EntryShapes.role;
import static io.tenantry.application.audit.EntryShapes.values;

import io.tenantry.application.event.RoleCreated;
import io.tenantry.application.event.RoleDeleted;
import io.tenantry.application.event.RoleUpdated;
import io.tenantry.domain.audit.AuditEventType;
import java.util.Map;

/** The audit entries of the custom role flows. */
final class RoleAuditEntries {
  private RoleAuditEntries() {}

  static void register(AuditEntries entries) {
    entries.on(
        RoleCreated.class,
        e ->
            role(
                AuditEventType.ROLE_CREATED,
                e.role(),
                Map.of("permissions", values(e.permissions()))));
    entries.on(
        RoleUpdated.class,
        e ->
            role(
                AuditEventType.ROLE_UPDATED,
                e.role(),
                Map.of("from", values(e.from()), "to", values(e.to()))));
    entries.on(RoleDeleted.class, e -> role(AuditEventType.ROLE_DELETED, e.role(), Map.of()));
  }
}
