package io.tenantry.application.audit;

import static io.tenantry.application.audit.EntryShapes.lower;
import static io.tenantry.application.audit.EntryShapes.user;

import io.tenantry.application.event.ApiKeyCreated;
import io.tenantry.application.event.ApiKeyRefused;
import io.tenantry.application.event.ApiKeyRevoked;
import io.tenantry.domain.audit.AuditEventType;
import java.util.Map;

/** The audit entries of the API key flows: the key's id and name, never the key. */
final class ApiKeyAuditEntries {
  private ApiKeyAuditEntries() {}

  static void register(AuditEntries entries) {
    entries.on(
        ApiKeyCreated.class,
        e ->
            user(
                AuditEventType.API_KEY_CREATED,
                e.user(),
                Map.of("key_id", e.key().toString(), "name", e.name())));
    entries.on(
        ApiKeyRevoked.class,
        e -> user(AuditEventType.API_KEY_REVOKED, e.user(), Map.of("key_id", e.key().toString())));
    entries.on(
        ApiKeyRefused.class,
        e ->
            user(
                AuditEventType.API_KEY_FAILED,
                e.user(),
                Map.of("key_id", e.key().toString(), "reason", lower(e.reason()))));
  }
}
