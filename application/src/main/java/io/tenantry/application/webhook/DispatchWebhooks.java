package io.tenantry.application.webhook;

import io.tenantry.application.audit.AllTenants;
import io.tenantry.application.mail.RetryPolicy;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.shared.DomainException;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.webhook.DeliveryAttempt;
import io.tenantry.domain.webhook.DeliveryStatus;
import io.tenantry.domain.webhook.Webhook;
import io.tenantry.domain.webhook.WebhookDeliveries;
import io.tenantry.domain.webhook.WebhookDelivery;
import io.tenantry.domain.webhook.WebhookRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends the webhook outbox: per tenant with waiting deliveries, one delivery per unit of work,
 * claimed with a row lock other replicas skip, signed, posted, then marked delivered or retried
 * with exponential backoff and jitter, and marked failed once the attempts are used up. Every try
 * carries the same {@code webhook-id}; a crash between post and commit sends it again (at least
 * once).
 */
public final class DispatchWebhooks {
  private final UnitOfWork unitOfWork;
  private final TenantRepository tenants;
  private final WebhookRepository webhooks;
  private final WebhookDeliveries deliveries;
  private final WebhookTargets targets;
  private final WebhookSender sender;
  private final PendingTenants pending;
  private final RetryPolicy retry;
  private final Clock clock;

  public DispatchWebhooks(
      UnitOfWork unitOfWork,
      TenantRepository tenants,
      WebhookRepository webhooks,
      WebhookDeliveries deliveries,
      WebhookTargets targets,
      WebhookSender sender,
      PendingTenants pending,
      RetryPolicy retry,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.webhooks = webhooks;
    this.deliveries = deliveries;
    this.targets = targets;
    this.sender = sender;
    this.pending = pending;
    this.retry = retry;
    this.clock = clock;
  }

  /** Marks every tenant for a visit: at start and now and then, for deliveries queued elsewhere. */
  public void visitAllTenants() {
    pending.addAll(AllTenants.of(unitOfWork, tenants));
  }

  /**
   * Works through due deliveries, at most {@code limit} per tenant; returns how many were tried.
   */
  public int dispatchDue(int limit) {
    int tried = 0;
    for (TenantRef tenant : pending.snapshot()) {
      tried += dispatchDue(tenant, limit);
    }
    return tried;
  }

  private int dispatchDue(TenantRef tenant, int limit) {
    int tried = 0;
    try {
      for (; tried < limit; tried++) {
        boolean any =
            unitOfWork.inTenant(
                tenant,
                () -> deliveries.claimNextDue(clock.instant()).map(this::deliver).orElse(false));
        if (!any) {
          break;
        }
      }
      if (!unitOfWork.inTenant(tenant, deliveries::anyPending)) {
        pending.remove(tenant);
      }
    } catch (RuntimeException e) {
      // A tenant deleted meanwhile, or the database away: the next full pass looks again.
      pending.remove(tenant);
    }
    return tried;
  }

  private boolean deliver(WebhookDelivery delivery) {
    Optional<Webhook> webhook = webhooks.findById(delivery.webhook());
    DeliveryAttempt attempt =
        webhook.filter(Webhook::enabled).map(w -> post(w, delivery)).orElseGet(this::disabled);
    int attempts = delivery.attempts() + 1;
    Instant now = clock.instant();
    if (attempt.succeeded()) {
      deliveries.record(delivery.id(), attempt, DeliveryStatus.DELIVERED, attempts, null);
    } else if (retry.isExhausted(attempts) || webhook.isEmpty()) {
      deliveries.record(delivery.id(), attempt, DeliveryStatus.FAILED, attempts, null);
    } else {
      Duration delay = retry.delayAfter(attempts, ThreadLocalRandom.current()::nextDouble);
      deliveries.record(delivery.id(), attempt, DeliveryStatus.PENDING, attempts, now.plus(delay));
    }
    return true;
  }

  private DeliveryAttempt post(Webhook webhook, WebhookDelivery delivery) {
    Instant now = clock.instant();
    try {
      targets.requireAllowed(webhook.url());
    } catch (DomainException refused) {
      return failure(now, "target refused: " + refused.getMessage());
    }
    return sender.post(
        webhook.url(), delivery.messageId(), now, webhook.signingSecrets(now), delivery.payload());
  }

  private DeliveryAttempt disabled() {
    return failure(clock.instant(), "endpoint disabled or deleted");
  }

  private static DeliveryAttempt failure(Instant at, String error) {
    return new DeliveryAttempt(at, OptionalInt.empty(), Duration.ZERO, Optional.of(error));
  }
}
