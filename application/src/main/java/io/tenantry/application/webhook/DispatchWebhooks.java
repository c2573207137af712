package io.tenantry.application.webhook;

import io.tenantry.application.event.Initiator;
import io.tenantry.application.event.WebhookDisabled;
import io.tenantry.application.mail.RetryPolicy;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.shared.DomainException;
import io.tenantry.domain.tenant.PendingWork;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.WorkKind;
import io.tenantry.domain.tenant.WorkMark;
import io.tenantry.domain.webhook.DeliveryAttempt;
import io.tenantry.domain.webhook.DeliveryStatus;
import io.tenantry.domain.webhook.Webhook;
import io.tenantry.domain.webhook.WebhookDeliveries;
import io.tenantry.domain.webhook.WebhookDelivery;
import io.tenantry.domain.webhook.WebhookRepository;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends the webhook outbox: per tenant marked as having deliveries waiting ({@link PendingWork}:
 * marked with the delivery's own commit, on any replica), one delivery per unit of work, claimed
 * with a row lock other replicas skip, its target resolved and checked once and posted to that very
 * address, then marked delivered or retried with exponential backoff and jitter, and marked failed
 * once the attempts are used up. Every try carries the same {@code webhook-id}; a crash between
 * post and commit sends it again (at least once). An endpoint whose deliveries have all failed for
 * {@code disableAfter} switches itself off ({@link WebhookDisabled}).
 */
public final class DispatchWebhooks {
  private final UnitOfWork unitOfWork;
  private final PendingWork work;
  private final WebhookRepository webhooks;
  private final WebhookDeliveries deliveries;
  private final WebhookTargets targets;
  private final WebhookSender sender;
  private final PendingTenants pending;
  private final RetryPolicy retry;
  private final Duration disableAfter;
  private final DomainEvents events;
  private final Clock clock;

  public DispatchWebhooks(
      UnitOfWork unitOfWork,
      PendingWork work,
      WebhookPorts ports,
      PendingTenants pending,
      RetryPolicy retry,
      Duration disableAfter,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.work = work;
    this.webhooks = ports.endpoints();
    this.deliveries = ports.deliveries();
    this.targets = ports.targets();
    this.sender = ports.sender();
    this.pending = pending;
    this.retry = retry;
    this.disableAfter = disableAfter;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Works through due deliveries, at most {@code limit} per tenant; returns how many were tried.
   */
  public int dispatchDue(int limit) {
    List<WorkMark> marks = unitOfWork.inControl(() -> work.marked(WorkKind.WEBHOOK_OUTBOX));
    pending.retainOnly(marks.stream().map(WorkMark::tenant).toList());
    int tried = 0;
    for (WorkMark mark : marks) {
      tried += dispatchDue(mark, limit);
    }
    return tried;
  }

  /** Deliveries waiting in the tenants this replica visited, as last counted. */
  public long queueDepth() {
    return pending.depth();
  }

  private int dispatchDue(WorkMark mark, int limit) {
    TenantRef tenant = mark.tenant();
    int tried = 0;
    try {
      for (; tried < limit; tried++) {
        boolean any =
            unitOfWork.inTenant(
                tenant,
                () ->
                    deliveries
                        .claimNextDue(clock.instant())
                        .map(d -> deliver(tenant, d))
                        .orElse(false));
        if (!any) {
          break;
        }
      }
      pending.counted(tenant, unitOfWork.inTenant(tenant, () -> countOrClear(mark)));
    } catch (RuntimeException e) {
      // A tenant deleted meanwhile, or the database away: its mark stays for the next run.
      pending.remove(tenant);
    }
    return tried;
  }

  /** Counted after the mark was read, so a delivery the mark stood for is among those counted. */
  private long countOrClear(WorkMark mark) {
    long waiting = deliveries.pendingCount();
    if (waiting == 0) {
      work.clear(mark);
    }
    return waiting;
  }

  private boolean deliver(TenantRef tenant, WebhookDelivery delivery) {
    Optional<Webhook> webhook = webhooks.findById(delivery.webhook());
    Optional<Webhook> enabled = webhook.filter(Webhook::enabled);
    DeliveryAttempt attempt = enabled.map(w -> post(w, delivery)).orElseGet(this::disabled);
    enabled.ifPresent(w -> track(tenant, w, attempt));
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

  /** Keeps the endpoint's run of failures; saved only when it starts, ends or switches it off. */
  private void track(TenantRef tenant, Webhook webhook, DeliveryAttempt attempt) {
    boolean changed;
    if (attempt.succeeded()) {
      changed = webhook.recordSuccess();
    } else {
      boolean wasFailing = webhook.failingSince() != null;
      boolean switchedOff = webhook.recordFailure(clock.instant(), disableAfter);
      if (switchedOff) {
        events.publish(
            new WebhookDisabled(Initiator.NONE, tenant.id(), webhook.id(), webhook.failingSince()));
      }
      changed = !wasFailing || switchedOff;
    }
    if (changed) {
      webhooks.save(webhook);
    }
  }

  private DeliveryAttempt post(Webhook webhook, WebhookDelivery delivery) {
    Instant now = clock.instant();
    InetAddress address;
    try {
      address = targets.resolveAllowed(webhook.url());
    } catch (DomainException refused) {
      return failure(now, "target refused: " + refused.getMessage());
    }
    return sender.post(
        webhook.url(),
        address,
        delivery.messageId(),
        now,
        webhook.signingSecrets(now),
        delivery.payload());
  }

  private DeliveryAttempt disabled() {
    return failure(clock.instant(), "endpoint disabled or deleted");
  }

  private static DeliveryAttempt failure(Instant at, String error) {
    return new DeliveryAttempt(at, OptionalInt.empty(), Duration.ZERO, Optional.of(error));
  }
}
