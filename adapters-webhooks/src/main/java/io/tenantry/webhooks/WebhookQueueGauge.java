package io.tenantry.webhooks;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.tenantry.application.UseCases;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * {@code webhook_deliveries_pending}: deliveries waiting in the tenants this replica's dispatcher
 * knows of, as it last counted them (no query per scrape: the outbox is per tenant schema).
 */
@Singleton
public class WebhookQueueGauge {
  void register(@Observes StartupEvent event, MeterRegistry registry, UseCases useCases) {
    Gauge.builder("webhook.deliveries.pending", useCases, u -> u.dispatchWebhooks.queueDepth())
        .description("Webhook deliveries waiting to be sent, as the dispatcher last counted")
        .strongReference(true)
        .register(registry);
  }
}
