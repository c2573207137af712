package io.tenantry.persistence.webhook;

import io.tenantry.application.shared.OutboxFilled.Outbox;
import io.tenantry.domain.tenant.WorkKind;
import io.tenantry.domain.webhook.DeliveryAttempt;
import io.tenantry.domain.webhook.DeliveryStatus;
import io.tenantry.domain.webhook.WebhookDeliveries;
import io.tenantry.domain.webhook.WebhookDelivery;
import io.tenantry.domain.webhook.WebhookId;
import io.tenantry.persistence.shared.OutboxRows;
import io.tenantry.persistence.shared.StoredEnums;
import io.tenantry.persistence.work.OutboxSignals;
import io.tenantry.persistence.work.WorkMarks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The webhook outbox of the tenant whose schema the current unit of work is bound to. Claiming uses
 * {@code FOR UPDATE SKIP LOCKED}, so replicas polling at once never send the same try twice. A
 * delivery added or requeued marks its tenant for the dispatcher ({@link WorkMarks}).
 */
@ApplicationScoped
public class JpaWebhookDeliveries implements WebhookDeliveries {
  @Inject WorkMarks marks;
  @Inject OutboxSignals signals;

  @Override
  public void add(WebhookDelivery d) {
    WebhookDeliveryEntity e = new WebhookDeliveryEntity();
    e.id = d.id();
    e.webhookId = d.webhook().value();
    e.type = d.type();
    e.payload = d.payload();
    e.status = StoredEnums.text(d.status());
    e.attempts = d.attempts();
    e.nextAttemptAt = d.nextAttemptAt();
    e.createdAt = d.createdAt();
    e.persist();
    marks.markCurrent(WorkKind.WEBHOOK_OUTBOX);
    signals.filled(Outbox.WEBHOOKS);
  }

  @Override
  public Optional<WebhookDelivery> claimNextDue(Instant now) {
    return OutboxRows.claimNextDue("webhook_deliveries", WebhookDeliveryEntity.class, now)
        .map(JpaWebhookDeliveries::toDomain);
  }

  @Override
  public void record(
      UUID id, DeliveryAttempt attempt, DeliveryStatus status, int attempts, Instant next) {
    WebhookDeliveryEntity e = WebhookDeliveryEntity.findById(id);
    e.status = StoredEnums.text(status);
    e.attempts = attempts;
    e.nextAttemptAt = next;
    e.lastAttemptAt = attempt.at();
    e.lastStatusCode = attempt.statusCode().isPresent() ? attempt.statusCode().getAsInt() : null;
    e.lastDurationMs = attempt.duration().toMillis();
    e.lastError = OutboxRows.truncate(attempt.error().orElse(null));
  }

  @Override
  public Optional<WebhookDelivery> findById(UUID id) {
    return WebhookDeliveryEntity.<WebhookDeliveryEntity>findByIdOptional(id)
        .map(JpaWebhookDeliveries::toDomain);
  }

  @Override
  public List<WebhookDelivery> of(WebhookId webhook, int limit) {
    return WebhookDeliveryEntity.<WebhookDeliveryEntity>find(
            "webhookId = ?1 order by createdAt desc", webhook.value())
        .page(0, limit)
        .stream()
        .map(JpaWebhookDeliveries::toDomain)
        .toList();
  }

  @Override
  public void requeue(UUID id, Instant now) {
    WebhookDeliveryEntity e = WebhookDeliveryEntity.findById(id);
    e.status = StoredEnums.text(DeliveryStatus.PENDING);
    e.attempts = 0;
    e.nextAttemptAt = now;
    marks.markCurrent(WorkKind.WEBHOOK_OUTBOX);
    signals.filled(Outbox.WEBHOOKS);
  }

  @Override
  public long pendingCount() {
    return WebhookDeliveryEntity.count("status", StoredEnums.text(DeliveryStatus.PENDING));
  }

  private static WebhookDelivery toDomain(WebhookDeliveryEntity e) {
    return new WebhookDelivery(
        e.id,
        new WebhookId(e.webhookId),
        e.type,
        e.payload,
        StoredEnums.parse(DeliveryStatus.class, e.status),
        e.attempts,
        e.nextAttemptAt,
        e.createdAt,
        e.lastStatusCode,
        e.lastDurationMs,
        e.lastError);
  }
}
