package io.tenantry.application.audit;

import static io.tenantry.application.audit.EntryShapes.client;

import io.tenantry.application.event.ClientCreated;
import io.tenantry.application.event.ClientDeleted;
import io.tenantry.application.event.ClientSecretRotated;
import io.tenantry.application.event.ClientUpdated;
import io.tenantry.domain.audit.AuditEventType;
import java.util.Map;
import java.util.TreeSet;

/** The audit entries of the OAuth client flows; never a secret. */
final class ClientAuditEntries {
  private ClientAuditEntries() {}

  static void register(AuditEntries entries) {
    entries.on(
        ClientCreated.class,
        e ->
            client(
                AuditEventType.CLIENT_CREATED,
                e.client(),
                Map.of("name", e.name().value(), "type", e.type().wireName())));
    entries.on(
        ClientUpdated.class,
        e ->
            client(
                AuditEventType.CLIENT_UPDATED,
                e.client(),
                Map.of("fields", String.join(",", new TreeSet<>(e.fields())))));
    entries.on(
        ClientDeleted.class,
        e -> client(AuditEventType.CLIENT_DELETED, e.client(), Map.of("name", e.name().value())));
    entries.on(
        ClientSecretRotated.class,
        e -> client(AuditEventType.CLIENT_SECRET_ROTATED, e.client(), Map.of()));
  }
}
