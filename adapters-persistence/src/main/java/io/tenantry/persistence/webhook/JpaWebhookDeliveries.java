package io.tenantry.persistence.webhook;

import io.quarkus.hibernate.orm.panache.Panache;
import io.tenantry.domain.webhook.DeliveryAttempt;
import io.tenantry.domain.webhook.DeliveryStatus;
import io.tenantry.domain.webhook.WebhookDeliveries;
import io.tenantry.domain.webhook.WebhookDelivery;
import io.tenantry.domain.webhook.WebhookId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The webhook outbox of the tenant whose schema the current unit of work is bound to. Claiming uses
 * {@code FOR UPDATE SKIP LOCKED}, so replicas polling at once never send the same try twice.
 */
@ApplicationScoped
public class JpaWebhookDeliveries implements WebhookDeliveries {
  private static final int MAX_ERROR_LENGTH = 500;

  @Override
  public void add(WebhookDelivery d) {
    WebhookDeliveryEntity e = new WebhookDeliveryEntity();
    e.id = d.id();
    e.webhookId = d.webhook().value();
    e.type = d.type();
    e.payload = d.payload();
    e.status = name(d.status());
    e.attempts = d.attempts();
    e.nextAttemptAt = d.nextAttemptAt();
    e.createdAt = d.createdAt();
    e.persist();
  }

  @Override
  public Optional<WebhookDelivery> claimNextDue(Instant now) {
    @SuppressWarnings("unchecked")
    Optional<WebhookDeliveryEntity> row =
        Panache.getEntityManager()
            .createNativeQuery(
                "select * from webhook_deliveries where status = 'pending'"
                    + " and next_attempt_at <= :now order by next_attempt_at"
                    + " limit 1 for update skip locked",
                WebhookDeliveryEntity.class)
            .setParameter("now", now)
            .getResultStream()
            .findFirst();
    return row.map(JpaWebhookDeliveries::toDomain);
  }

  @Override
  public void record(
      UUID id, DeliveryAttempt attempt, DeliveryStatus status, int attempts, Instant next) {
    WebhookDeliveryEntity e = WebhookDeliveryEntity.findById(id);
    e.status = name(status);
    e.attempts = attempts;
    e.nextAttemptAt = next;
    e.lastAttemptAt = attempt.at();
    e.lastStatusCode = attempt.statusCode().isPresent() ? attempt.statusCode().getAsInt() : null;
    e.lastDurationMs = attempt.duration().toMillis();
    e.lastError =
        attempt
            .error()
            .map(m -> m.substring(0, Math.min(m.length(), MAX_ERROR_LENGTH)))
            .orElse(null);
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
    e.status = name(DeliveryStatus.PENDING);
    e.attempts = 0;
    e.nextAttemptAt = now;
  }

  @Override
  public long pendingCount() {
    return WebhookDeliveryEntity.count("status", name(DeliveryStatus.PENDING));
  }

  private static String name(DeliveryStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  private static WebhookDelivery toDomain(WebhookDeliveryEntity e) {
    return new WebhookDelivery(
        e.id,
        new WebhookId(e.webhookId),
        e.type,
        e.payload,
        DeliveryStatus.valueOf(e.status.toUpperCase(Locale.ROOT)),
        e.attempts,
        e.nextAttemptAt,
        e.createdAt,
        e.lastStatusCode,
        e.lastDurationMs,
        e.lastError);
  }
}
