package io.tenantry.rest.webhook;

import io.tenantry.application.webhook.WebhookView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook endpoint as the API shows it: never its secret. */
@Schema(name = "Webhook")
public record WebhookResponse(
    UUID id,
    String url,
    List<String> events,
    boolean enabled,
    Instant createdAt,
    Instant updatedAt) {

  static WebhookResponse from(WebhookView view) {
    return new WebhookResponse(
        view.id().value(),
        view.url().toString(),
        view.events().stream().sorted().toList(),
        view.enabled(),
        view.createdAt(),
        view.updatedAt());
  }
}
