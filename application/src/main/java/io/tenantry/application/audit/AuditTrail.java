package io.tenantry.application.audit;

import io.tenantry.application.shared.Actor;
import io.tenantry.domain.audit.AuditEvent;
import io.tenantry.domain.audit.AuditEventId;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.audit.AuditTarget;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserId;
import java.time.Clock;
import java.util.Map;

/**
 * Records audit events for the services. Call it inside the unit of work of the change, so the
 * event commits (or rolls back) with it; the client's address, agent and trace id are added here.
 */
public final class AuditTrail {
  private final AuditLog log;
  private final RequestOrigin origin;
  private final Clock clock;

  public AuditTrail(AuditLog log, RequestOrigin origin, Clock clock) {
    this.log = log;
    this.origin = origin;
    this.clock = clock;
  }

  /** An event caused by an authenticated caller. */
  public void record(
      AuditEventType type, Actor actor, AuditTarget target, Map<String, String> details) {
    append(type, actor.userId(), actor.email().value(), target, details);
  }

  /** An event caused by a user acting on their own account without an access token. */
  public void recordBy(
      AuditEventType type, User actor, AuditTarget target, Map<String, String> details) {
    append(type, actor.id(), actor.email().value(), target, details);
  }

  /** An event without a known actor (an unknown address, the system itself). */
  public void recordAnonymous(
      AuditEventType type, AuditTarget target, Map<String, String> details) {
    append(type, null, null, target, details);
  }

  private void append(
      AuditEventType type,
      UserId actorId,
      String actorEmail,
      AuditTarget target,
      Map<String, String> details) {
    log.append(
        new AuditEvent(
            AuditEventId.random(),
            clock.instant(),
            type,
            actorId,
            actorEmail,
            target.type(),
            target.id(),
            origin.clientIp().orElse(null),
            origin.userAgent().orElse(null),
            origin.traceId().orElse(null),
            details));
  }
}
