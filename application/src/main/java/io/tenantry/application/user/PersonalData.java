package io.tenantry.application.user;

import io.tenantry.application.session.SessionView;
import io.tenantry.domain.audit.AuditEvent;
import java.time.Instant;
import java.util.List;

/**
 * Everything Tenantry holds about one user, for their own copy (GDPR Art. 15 and 20): the profile
 * with its roles, the live sessions, and the audit events they caused or that are about them.
 * Secrets (password hash, tokens) are never part of it.
 */
public record PersonalData(
    Instant exportedAt,
    String tenant,
    UserView profile,
    List<SessionView> sessions,
    List<AuditEvent> auditEvents) {
  public PersonalData {
    sessions = List.copyOf(sessions);
    auditEvents = List.copyOf(auditEvents);
  }
}
