package io.tenantry.web.console;

import io.quarkus.qute.TemplateData;
import io.tenantry.domain.webhook.WebhookDelivery;
import java.util.Locale;
import java.util.Objects;

/** One delivery of a webhook: its event, state, attempts and the last answer it got. */
@TemplateData
public record DeliveryRow(
    String id,
    String type,
    String status,
    int attempts,
    String responseCode,
    String duration,
    String created,
    String error) {

  static DeliveryRow of(WebhookDelivery delivery) {
    return new DeliveryRow(
        delivery.id().toString(),
        Objects.toString(delivery.type(), ""),
        delivery.status().name().toLowerCase(Locale.ROOT),
        delivery.attempts(),
        Objects.toString(delivery.lastStatusCode(), ""),
        delivery.lastDurationMillis() == null ? "" : delivery.lastDurationMillis() + " ms",
        UserRow.time(delivery.createdAt()),
        Objects.toString(delivery.lastError(), ""));
  }
}
