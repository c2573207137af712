package io.tenantry.application.webhook;

import com.github.benmanes.caffeine.cache.Cache;
import io.tenantry.application.access.Caches;
import io.tenantry.application.access.TenantCache;
import io.tenantry.application.event.DomainEvent;
import io.tenantry.application.event.TenantDeleted;
import io.tenantry.application.event.WebhookChanged;
import io.tenantry.application.event.WebhookDisabled;
import io.tenantry.application.shared.EventSubscriber;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.webhook.Webhook;
import io.tenantry.domain.webhook.WebhookId;
import io.tenantry.domain.webhook.WebhookRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Which enabled endpoints of a tenant take which event types, read for every audited event: cached
 * per tenant as immutable values, dropped after the commit of any change to an endpoint (so the
 * next event reaches a new one), and expiring soon for changes made on another replica.
 */
public final class WebhookSubscriptions implements EventSubscriber, TenantCache {
  private static final int MAX_TENANTS = 10_000;

  private final WebhookRepository webhooks;
  private final Cache<TenantId, List<Subscription>> byTenant;

  public WebhookSubscriptions(WebhookRepository webhooks, Clock clock, Duration ttl) {
    this.webhooks = webhooks;
    this.byTenant = Caches.expiring(clock, ttl, MAX_TENANTS);
  }

  /** The tenant's subscriptions; loaded in the caller's unit of work, bound to that tenant. */
  public List<Subscription> of(TenantRef tenant) {
    return byTenant.get(
        tenant.id(),
        id -> webhooks.all().stream().filter(Webhook::enabled).map(Subscription::of).toList());
  }

  @Override
  public void on(DomainEvent event) {
    if (event instanceof WebhookChanged e) {
      byTenant.invalidate(e.tenant());
    } else if (event instanceof WebhookDisabled e) {
      byTenant.invalidate(e.tenant());
    } else if (event instanceof TenantDeleted e) {
      byTenant.invalidate(e.tenant().id());
    }
  }

  /** Forgets the tenant's subscriptions, changed on this replica or another one. */
  @Override
  public void invalidate(TenantId tenant) {
    byTenant.invalidate(tenant);
  }

  @Override
  public void clear() {
    byTenant.invalidateAll();
  }

  /** An enabled endpoint and the event types it takes ({@code *}: all). */
  public record Subscription(WebhookId webhook, Set<String> events) {
    public Subscription {
      events = Set.copyOf(events);
    }

    static Subscription of(Webhook webhook) {
      return new Subscription(webhook.id(), webhook.events());
    }

    public boolean takes(String type) {
      return events.contains(Webhook.ALL_EVENTS) || events.contains(type);
    }
  }
}
