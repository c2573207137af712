package io.tenantry.rest.webhook;

import io.tenantry.application.webhook.NewWebhookSecret;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An endpoint with its new signing secret ({@code whsec_…}), shown this once. */
@Schema(name = "WebhookWithSecret")
public record WebhookSecretResponse(
    UUID id,
    String url,
    List<String> events,
    boolean enabled,
    @Schema(description = "whsec_<base64>: the HMAC key, shown once") String secret,
    Instant createdAt,
    Instant updatedAt) {

  static WebhookSecretResponse from(NewWebhookSecret created) {
    WebhookResponse view = WebhookResponse.from(created.view());
    return new WebhookSecretResponse(
        view.id(),
        view.url(),
        view.events(),
        view.enabled(),
        created.secret().value(),
        view.createdAt(),
        view.updatedAt());
  }

  @Override
  public String toString() {
    return "WebhookSecretResponse[" + id + ", secret redacted]";
  }
}
