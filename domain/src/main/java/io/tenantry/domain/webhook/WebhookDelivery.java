package io.tenantry.domain.webhook;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One message for one endpoint, written to the outbox in the transaction of the change: its id is
 * the {@code webhook-id} of every try, its payload fixed when it was written.
 */
public record WebhookDelivery(
    UUID id,
    WebhookId webhook,
    String type,
    String payload,
    DeliveryStatus status,
    int attempts,
    Instant nextAttemptAt,
    Instant createdAt,
    Integer lastStatusCode,
    Long lastDurationMillis,
    String lastError) {
  public WebhookDelivery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(webhook, "webhook");
    Objects.requireNonNull(payload, "payload");
  }

  /** A message waiting for its first try at {@code now}. */
  public static WebhookDelivery pending(
      UUID id, WebhookId webhook, String type, String payload, Instant now) {
    return new WebhookDelivery(
        id, webhook, type, payload, DeliveryStatus.PENDING, 0, now, now, null, null, null);
  }

  /** The {@code webhook-id} header: the same on every try. */
  public String messageId() {
    return "msg_" + id;
  }
}
