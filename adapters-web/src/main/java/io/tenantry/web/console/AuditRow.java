package io.tenantry.web.console;

import io.quarkus.qute.TemplateData;
import io.tenantry.domain.audit.AuditEvent;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One entry of the audit timeline, with its details as key and value lines. */
@TemplateData
public record AuditRow(
    String id,
    String at,
    String type,
    String actor,
    String target,
    String ip,
    String userAgent,
    String traceId,
    List<AuditDetail> details) {

  static AuditRow of(AuditEvent event) {
    String target =
        event.targetType() == null
            ? ""
            : event.targetType() + " " + Objects.toString(event.targetId(), "");
    String actor =
        event.actorEmail() != null
            ? event.actorEmail()
            : event.actorId() == null ? "" : event.actorId().value().toString();
    return new AuditRow(
        event.id().value().toString(),
        UserRow.time(event.occurredAt()),
        event.type().wireName(),
        actor,
        target.strip(),
        Objects.toString(event.ip(), ""),
        Objects.toString(event.userAgent(), ""),
        Objects.toString(event.traceId(), ""),
        event.details().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> new AuditDetail(e.getKey(), e.getValue()))
            .toList());
  }
}
