package io.tenantry.persistence.audit;

import io.tenantry.domain.audit.AuditEvent;
import io.tenantry.domain.audit.AuditEventId;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.ChainedAuditEvent;
import io.tenantry.domain.user.UserId;
import java.util.Map;

/** Maps audit events to rows and back. */
final class AuditEventMapper {
  private AuditEventMapper() {}

  static AuditEventEntity toNewEntity(AuditEvent event, String prevHash, String hash) {
    AuditEventEntity entity = new AuditEventEntity();
    entity.id = event.id().value();
    entity.occurredAt = event.occurredAt();
    entity.type = event.type().wireName();
    entity.actorId = event.actorId() == null ? null : event.actorId().value();
    entity.actorEmail = event.actorEmail();
    entity.targetType = event.targetType();
    entity.targetId = event.targetId();
    entity.ip = event.ip();
    entity.userAgent = event.userAgent();
    entity.traceId = event.traceId();
    entity.details = event.details();
    entity.prevHash = prevHash;
    entity.hash = hash;
    return entity;
  }

  static AuditEvent toDomain(AuditEventEntity entity) {
    return new AuditEvent(
        new AuditEventId(entity.id),
        entity.occurredAt,
        AuditEventType.byWireName(entity.type)
            .orElseThrow(() -> new IllegalStateException("unknown audit event type")),
        entity.actorId == null ? null : new UserId(entity.actorId),
        entity.actorEmail,
        entity.targetType,
        entity.targetId,
        entity.ip,
        entity.userAgent,
        entity.traceId,
        entity.details == null ? Map.of() : entity.details);
  }

  static ChainedAuditEvent toChained(AuditEventEntity entity) {
    return new ChainedAuditEvent(toDomain(entity), entity.prevHash, entity.hash);
  }
}
