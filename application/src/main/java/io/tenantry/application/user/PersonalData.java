package io.tenantry.application.user;

import io.tenantry.application.apikey.ApiKeyView;
import io.tenantry.application.session.SessionView;
import io.tenantry.domain.audit.AuditEvent;
import java.time.Instant;
import java.util.List;

/**
 * Everything Tenantry holds about one user, for their own copy (GDPR Art. 15 and 20): the profile
 * with its roles, the live sessions, the API keys and second-factor state (never a key, hash,
 * secret or code), and the audit events they caused or that are about them.
 */
public record PersonalData(
    Instant exportedAt,
    String tenant,
    UserView profile,
    List<SessionView> sessions,
    List<ApiKeyView> apiKeys,
    MfaSummary mfa,
    List<AuditEvent> auditEvents) {
  public PersonalData {
    sessions = List.copyOf(sessions);
    apiKeys = List.copyOf(apiKeys);
    auditEvents = List.copyOf(auditEvents);
  }
}
