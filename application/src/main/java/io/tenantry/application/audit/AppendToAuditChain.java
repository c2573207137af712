package io.tenantry.application.audit;

import io.tenantry.application.event.DomainEvent;
import io.tenantry.application.event.Initiator;
import io.tenantry.application.event.PlatformAdminAction;
import io.tenantry.application.shared.BatchSubscriber;
import io.tenantry.domain.audit.AuditEvent;
import io.tenantry.domain.audit.AuditEventId;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.tenant.TenantSlug;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends an audit event to the tenant's hash chain for every audited domain event, inside the unit
 * of work of the change, so the row commits (or rolls back) with it. Who did it comes from the
 * event; the client's address, agent and trace id from the request, when there is one. What a
 * platform admin did to a tenant also goes to the {@code system} trail, in the same transaction.
 */
public final class AppendToAuditChain implements BatchSubscriber {
  private final AuditLog log;
  private final RequestOrigin origin;
  private final Clock clock;
  private final AuditEntries entries = new AuditEntries();

  public AppendToAuditChain(AuditLog log, RequestOrigin origin, Clock clock) {
    this.log = log;
    this.origin = origin;
    this.clock = clock;
  }

  /** The tenant's rows in one append (an import batch is a thousand of them), in event order. */
  @Override
  public void onAll(List<DomainEvent> events) {
    List<AuditEvent> rows = new ArrayList<>();
    for (DomainEvent event : events) {
      if (event instanceof PlatformAdminAction platform) {
        entries
            .onPlatformTrail(platform.action())
            .ifPresent(entry -> log.appendTo(TenantSlug.SYSTEM, row(event.by(), entry)));
      } else {
        entries.of(event).ifPresent(entry -> rows.add(row(event.by(), entry)));
      }
    }
    if (!rows.isEmpty()) {
      log.appendAll(rows);
    }
  }

  private AuditEvent row(Initiator by, AuditEntries.Entry entry) {
    return new AuditEvent(
        AuditEventId.random(),
        clock.instant(),
        entry.type(),
        by.id(),
        by.isKnown() && by.email() != null ? by.email().value() : null,
        entry.target().type(),
        entry.target().id(),
        origin.clientIp().orElse(null),
        origin.userAgent().orElse(null),
        origin.traceId().orElse(null),
        entry.details());
  }
}
