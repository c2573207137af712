package io.tenantry.application.audit;

import io.tenantry.application.event.WebhookDisabled;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditTarget;
import java.util.Map;

/** The audit entries of webhooks: only the automatic switch-off (changes by people are not yet). */
final class WebhookAuditEntries {
  private WebhookAuditEntries() {}

  static void register(AuditEntries entries) {
    entries.on(
        WebhookDisabled.class,
        e ->
            new AuditEntries.Entry(
                AuditEventType.WEBHOOK_DISABLED,
                AuditTarget.webhook(e.webhook()),
                Map.of(
                    "reason", "deliveries_failing", "failing_since", e.failingSince().toString())));
  }
}
