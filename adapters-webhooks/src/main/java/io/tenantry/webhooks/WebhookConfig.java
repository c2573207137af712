package io.tenantry.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Webhook delivery: the address policy, timeouts, retries and how often the outbox is polled. */
@ConfigMapping(prefix = "app.webhooks")
public interface WebhookConfig {
  /** Lets targets on loopback, private and link-local addresses through (tests, local setups). */
  @WithName("allow-private-targets")
  @WithDefault("false")
  boolean allowPrivateTargets();

  /** Connect and response timeout of one try. */
  @WithDefault("PT5S")
  Duration timeout();

  /** Tries before a delivery is marked failed. */
  @WithName("max-attempts")
  @WithDefault("8")
  int maxAttempts();

  /** Delay before the first retry; it doubles with every try (with jitter), up to the maximum. */
  @WithName("retry-initial-delay")
  @WithDefault("PT30S")
  Duration retryInitialDelay();

  @WithName("retry-max-delay")
  @WithDefault("PT1H")
  Duration retryMaxDelay();

  /** How often the outbox is polled (read by the scheduler, e.g. {@code 5s}). */
  @WithName("dispatch-interval")
  @WithDefault("5s")
  String dispatchInterval();

  /** How often every tenant is looked at, for deliveries queued by another replica. */
  @WithName("rescan-interval")
  @WithDefault("5m")
  String rescanInterval();
}
