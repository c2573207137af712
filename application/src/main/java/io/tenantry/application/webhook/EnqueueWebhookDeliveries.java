package io.tenantry.application.webhook;

import io.tenantry.application.audit.AuditEntries;
import io.tenantry.application.event.DomainEvent;
import io.tenantry.application.event.PlatformAdminAction;
import io.tenantry.application.shared.BatchSubscriber;
import io.tenantry.application.tenant.TenantView;
import io.tenantry.application.user.UserView;
import io.tenantry.application.webhook.WebhookSubscriptions.Subscription;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserRepository;
import io.tenantry.domain.webhook.WebhookDeliveries;
import io.tenantry.domain.webhook.WebhookDelivery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes a webhook delivery for every enabled endpoint that subscribes to an audited event, inside
 * the unit of work of the change: the delivery commits with it, and a rolled-back change sends
 * nothing. The message's target is read in that same transaction, as the API would show it then.
 * Which endpoints subscribe comes from the per-tenant cache ({@link WebhookSubscriptions}), so an
 * audited change costs no query when no endpoint takes it.
 */
public final class EnqueueWebhookDeliveries implements BatchSubscriber {
  private final CurrentTenant current;
  private final WebhookSubscriptions subscriptions;
  private final WebhookDeliveries deliveries;
  private final WebhookPayloads payloads;
  private final UserRepository users;
  private final TenantRepository tenants;
  private final Clock clock;
  private final AuditEntries entries = new AuditEntries();

  public EnqueueWebhookDeliveries(
      CurrentTenant current,
      WebhookSubscriptions subscriptions,
      WebhookDeliveries deliveries,
      WebhookPayloads payloads,
      UserRepository users,
      TenantRepository tenants,
      Clock clock) {
    this.current = current;
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.payloads = payloads;
    this.users = users;
    this.tenants = tenants;
    this.clock = clock;
  }

  /** Reads the endpoints once for all the events (an import batch is a thousand of them). */
  @Override
  public void onAll(List<DomainEvent> events) {
    Optional<TenantRef> tenant = current.get();
    if (tenant.isEmpty()) {
      return;
    }
    List<Subscription> endpoints = null;
    for (DomainEvent event : events) {
      // A platform action has the platform's own trail; the tenant's event is published beside it.
      Optional<AuditEntries.Entry> entry =
          event instanceof PlatformAdminAction ? Optional.empty() : entries.of(event);
      if (entry.isPresent()) {
        endpoints = endpoints == null ? subscriptions.of(tenant.get()) : endpoints;
        enqueue(tenant.get(), event, entry.get(), endpoints);
      }
    }
  }

  private void enqueue(
      TenantRef tenant, DomainEvent event, AuditEntries.Entry entry, List<Subscription> endpoints) {
    String type = entry.type().wireName();
    List<Subscription> subscribed = endpoints.stream().filter(s -> s.takes(type)).toList();
    Instant now = clock.instant();
    for (Subscription subscription : subscribed) {
      UUID id = UUID.randomUUID();
      WebhookMessage message = message(id, tenant, event, entry, now);
      deliveries.add(
          WebhookDelivery.pending(id, subscription.webhook(), type, payloads.render(message), now));
    }
  }

  private WebhookMessage message(
      UUID id, TenantRef tenant, DomainEvent event, AuditEntries.Entry entry, Instant now) {
    String targetType = entry.target().type();
    String targetId = entry.target().id();
    Optional<UserView> user = Optional.empty();
    Optional<TenantView> tenantView = Optional.empty();
    if ("user".equals(targetType) && targetId != null) {
      user = users.findById(new UserId(UUID.fromString(targetId))).map(UserView::of);
    } else if ("tenant".equals(targetType) && targetId != null) {
      tenantView = tenants.findById(new TenantId(UUID.fromString(targetId))).map(TenantView::of);
    }
    return new WebhookMessage(
        "msg_" + id,
        entry.type().wireName(),
        now,
        tenant.slug(),
        Optional.ofNullable(event.by().id()),
        user,
        tenantView,
        Optional.ofNullable(targetId),
        entry.details());
  }
}
