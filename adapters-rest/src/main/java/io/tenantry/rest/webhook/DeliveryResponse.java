package io.tenantry.rest.webhook;

import io.tenantry.domain.webhook.WebhookDelivery;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One delivery of an endpoint's log: where it stands and how its last try went. */
@Schema(name = "WebhookDelivery")
public record DeliveryResponse(
    UUID id,
    @Schema(description = "The webhook-id header of every try") String messageId,
    String type,
    @Schema(enumeration = {"pending", "delivered", "failed"}) String status,
    int attempts,
    Integer responseCode,
    Long durationMs,
    String error,
    Instant nextAttemptAt,
    Instant createdAt) {

  static DeliveryResponse from(WebhookDelivery d) {
    return new DeliveryResponse(
        d.id(),
        d.messageId(),
        d.type(),
        d.status().name().toLowerCase(Locale.ROOT),
        d.attempts(),
        d.lastStatusCode(),
        d.lastDurationMillis(),
        d.lastError(),
        d.nextAttemptAt(),
        d.createdAt());
  }
}
