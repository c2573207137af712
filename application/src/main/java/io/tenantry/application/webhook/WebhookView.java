package io.tenantry.application.webhook;

import io.tenantry.domain.webhook.Webhook;
import io.tenantry.domain.webhook.WebhookId;
import java.net.URI;
import java.time.Instant;
import java.util.Set;

/** What may be shown of an endpoint: everything but its secrets. */
public record WebhookView(
    WebhookId id,
    URI url,
    Set<String> events,
    boolean enabled,
    Instant createdAt,
    Instant updatedAt) {

  static WebhookView of(Webhook webhook) {
    return new WebhookView(
        webhook.id(),
        webhook.url(),
        webhook.events(),
        webhook.enabled(),
        webhook.createdAt(),
        webhook.updatedAt());
  }
}
