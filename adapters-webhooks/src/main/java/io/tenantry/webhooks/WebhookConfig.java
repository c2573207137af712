package io.tenantry.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/**
 * Webhook delivery: the address policy, timeouts, retries, when a failing endpoint is switched off
 * and how often the outbox is polled. The retry keys mirror {@code app.mail.*} on purpose, with
 * their own defaults; both become the application's {@code RetryPolicy}.
 */
@ConfigMapping(prefix = "app.webhooks")
public interface WebhookConfig {
  /** Lets targets on loopback, private and link-local addresses through (tests, local setups). */
  @WithName("allow-private-targets")
  @WithDefault("false")
  boolean allowPrivateTargets();

  /** Lets plain {@code http://} targets through (on in dev and test); production wants HTTPS. */
  @WithName("allow-http")
  @WithDefault("false")
  boolean allowHttp();

  /** An endpoint whose deliveries have all failed for this long is switched off (and audited). */
  @WithName("disable-after")
  @WithDefault("P1D")
  Duration disableAfter();

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
