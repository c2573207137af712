package io.tenantry.rest.audit;

import io.tenantry.domain.audit.AuditEvent;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit event as the API shows it. */
@Schema(name = "AuditEvent")
public record AuditEventResponse(
    UUID id,
    Instant occurredAt,
    String type,
    UUID actorId,
    String actorEmail,
    String targetType,
    String targetId,
    String ip,
    String userAgent,
    String traceId,
    Map<String, String> details) {

  public static AuditEventResponse from(AuditEvent event) {
    return new AuditEventResponse(
        event.id().value(),
        event.occurredAt(),
        event.type().wireName(),
        event.actorId() == null ? null : event.actorId().value(),
        event.actorEmail(),
        event.targetType(),
        event.targetId(),
        event.ip(),
        event.userAgent(),
        event.traceId(),
        event.details());
  }
}
