package io.tenantry.domain.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The webhook outbox of the current tenant. */
public interface WebhookDeliveries {
  void add(WebhookDelivery delivery);

  /**
   * The oldest due pending delivery, locked until the unit of work ends; other replicas skip it.
   */
  Optional<WebhookDelivery> claimNextDue(Instant now);

  /** Records a try: delivered, retried at {@code next}, or (with {@code next} empty) failed. */
  void record(UUID id, DeliveryAttempt attempt, DeliveryStatus status, int attempts, Instant next);

  Optional<WebhookDelivery> findById(UUID id);

  /** The endpoint's newest deliveries first, at most {@code limit}. */
  List<WebhookDelivery> of(WebhookId webhook, int limit);

  /** Sends it again from scratch, with the same id. */
  void requeue(UUID id, Instant now);

  /** How many deliveries wait (due now or later). */
  long pendingCount();
}
