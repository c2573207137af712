package io.tenantry.webhooks;

import java.time.Duration;

/** A {@link WebhookConfig} with the given address policy and test-sized timings. */
record TestConfig(boolean allowPrivateTargets, boolean allowHttp) implements WebhookConfig {
  @Override
  public Duration timeout() {
    return Duration.ofSeconds(2);
  }

  @Override
  public Duration disableAfter() {
    return Duration.ofDays(1);
  }

  @Override
  public int maxAttempts() {
    return 3;
  }

  @Override
  public Duration retryInitialDelay() {
    return Duration.ofMillis(200);
  }

  @Override
  public Duration retryMaxDelay() {
    return Duration.ofMillis(500);
  }

  @Override
  public String dispatchInterval() {
    return "1s";
  }

  @Override
  public String dispatchDelay() {
    return "5s";
  }
}
