package io.tenantry.application.audit;

import static io.tenantry.application.audit.EntryShapes.tenant;

import io.tenantry.application.event.TenantCreated;
import io.tenantry.application.event.TenantSuspended;
import io.tenantry.application.event.TenantUpdated;
import io.tenantry.domain.audit.AuditEventType;
import java.util.Map;
import java.util.TreeMap;

/** The audit entries of the tenant flows ({@code tenant.deleted} is the platform trail's own). */
final class TenantAuditEntries {
  private TenantAuditEntries() {}

  static void register(AuditEntries entries) {
    entries.on(
        TenantCreated.class,
        e -> {
          Map<String, String> details = new TreeMap<>();
          details.put("slug", e.tenant().slug().value());
          details.put("name", e.name().value());
          e.owner().ifPresent(owner -> details.put("owner", owner.value()));
          return tenant(AuditEventType.TENANT_CREATED, e.tenant().id(), details);
        });
    entries.on(
        TenantSuspended.class,
        e -> tenant(AuditEventType.TENANT_SUSPENDED, e.tenant().id(), Map.of()));
    entries.on(
        TenantUpdated.class,
        e -> {
          Map<String, String> changes = new TreeMap<>();
          e.name().ifPresent(n -> changes.put("name", n.value()));
          e.selfRegistration().ifPresent(open -> changes.put("self_registration", open.toString()));
          e.mfaRequired().ifPresent(on -> changes.put("mfa_required", on.toString()));
          if (e.reactivated()) {
            changes.put("status", "active");
          }
          return tenant(AuditEventType.TENANT_UPDATED, e.tenant().id(), changes);
        });
  }
}
