package io.tenantry.application.fakes;

import io.tenantry.application.webhook.WebhookPorts;
import io.tenantry.domain.webhook.DeliveryAttempt;
import io.tenantry.domain.webhook.DeliveryStatus;
import io.tenantry.domain.webhook.Webhook;
import io.tenantry.domain.webhook.WebhookDeliveries;
import io.tenantry.domain.webhook.WebhookDelivery;
import io.tenantry.domain.webhook.WebhookId;
import io.tenantry.domain.webhook.WebhookRepository;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Webhook endpoints and deliveries kept in memory (one tenant's worth: the application tests do not
 * bind tenants for webhooks), every target allowed, every post answered 204.
 */
public final class InMemoryWebhooks implements WebhookRepository, WebhookDeliveries {
  private final Map<WebhookId, Webhook.State> endpoints = new LinkedHashMap<>();
  private final Map<UUID, WebhookDelivery> deliveries = new LinkedHashMap<>();
  public final List<String> posted = new ArrayList<>();

  public WebhookPorts ports(InMemoryUnitOfWork unitOfWork) {
    return new WebhookPorts(
        this,
        this,
        url -> InetAddress.getLoopbackAddress(),
        (url, address, messageId, at, secrets, body) -> {
          posted.add(body);
          return new DeliveryAttempt(
              Instant.EPOCH, OptionalInt.of(204), Duration.ZERO, Optional.empty());
        },
        message -> message.type() + " " + message.id(),
        Optional::empty);
  }

  @Override
  public void save(Webhook webhook) {
    endpoints.put(webhook.id(), webhook.state());
  }

  @Override
  public Optional<Webhook> findById(WebhookId id) {
    return Optional.ofNullable(endpoints.get(id)).map(Webhook::restore);
  }

  @Override
  public List<Webhook> all() {
    return endpoints.values().stream().map(Webhook::restore).toList();
  }

  @Override
  public void delete(WebhookId id) {
    endpoints.remove(id);
  }

  @Override
  public void add(WebhookDelivery delivery) {
    deliveries.put(delivery.id(), delivery);
  }

  @Override
  public Optional<WebhookDelivery> claimNextDue(Instant now) {
    return deliveries.values().stream()
        .filter(d -> d.status() == DeliveryStatus.PENDING && !d.nextAttemptAt().isAfter(now))
        .findFirst();
  }

  @Override
  public void record(
      UUID id, DeliveryAttempt attempt, DeliveryStatus status, int attempts, Instant next) {
    WebhookDelivery d = deliveries.get(id);
    deliveries.put(
        id,
        new WebhookDelivery(
            id,
            d.webhook(),
            d.type(),
            d.payload(),
            status,
            attempts,
            next,
            d.createdAt(),
            attempt.statusCode().isPresent() ? attempt.statusCode().getAsInt() : null,
            attempt.duration().toMillis(),
            attempt.error().orElse(null)));
  }

  @Override
  public Optional<WebhookDelivery> findById(UUID id) {
    return Optional.ofNullable(deliveries.get(id));
  }

  @Override
  public List<WebhookDelivery> of(WebhookId webhook, int limit) {
    return deliveries.values().stream()
        .filter(d -> d.webhook().equals(webhook))
        .limit(limit)
        .toList();
  }

  @Override
  public void requeue(UUID id, Instant now) {
    WebhookDelivery d = deliveries.get(id);
    add(WebhookDelivery.pending(id, d.webhook(), d.type(), d.payload(), now));
  }

  @Override
  public long pendingCount() {
    return deliveries.values().stream().filter(d -> d.status() == DeliveryStatus.PENDING).count();
  }
}
