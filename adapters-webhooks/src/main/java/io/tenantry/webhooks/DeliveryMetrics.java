package io.tenantry.webhooks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.tenantry.domain.webhook.DeliveryAttempt;

/**
 * Per try: {@code webhook_deliveries_total{outcome}} ({@code success}: a 2xx answer, {@code
 * failure}: another answer, {@code error}: no answer) and the {@code webhook_delivery_seconds}
 * latency histogram. No tenant or URL in the labels.
 */
final class DeliveryMetrics {
  private final Counter success;
  private final Counter failure;
  private final Counter error;
  private final Timer latency;

  DeliveryMetrics(MeterRegistry registry) {
    this.success = counter(registry, "success");
    this.failure = counter(registry, "failure");
    this.error = counter(registry, "error");
    this.latency =
        Timer.builder("webhook.delivery")
            .description("Time from connecting to a webhook receiver to the end of its answer")
            .publishPercentileHistogram()
            .register(registry);
  }

  void record(DeliveryAttempt attempt) {
    latency.record(attempt.duration());
    if (attempt.succeeded()) {
      success.increment();
    } else if (attempt.statusCode().isPresent()) {
      failure.increment();
    } else {
      error.increment();
    }
  }

  private static Counter counter(MeterRegistry registry, String outcome) {
    return Counter.builder("webhook.deliveries")
        .description("Webhook delivery tries, by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }
}
