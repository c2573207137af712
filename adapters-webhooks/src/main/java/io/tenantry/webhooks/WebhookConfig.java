package io.tenantry.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.tenantry.application.mail.OutboxSettings;
import java.time.Duration;

/**
 * Webhook delivery: the address policy, timeouts, retries, when a failing endpoint is switched off
 * and how often the outbox is polled. The retry and polling keys are the application's {@link
 * OutboxSettings}, as for {@code app.mail.*}; their defaults are in this module's {@code
 * META-INF/microprofile-config.properties}.
 */
@ConfigMapping(prefix = "app.webhooks")
public interface WebhookConfig extends OutboxSettings {
  /** Lets targets on loopback, private and link-local addresses through (tests, local setups). */
  @WithDefault("false")
  boolean allowPrivateTargets();

  /** Lets plain {@code http://} targets through (on in dev and test); production wants HTTPS. */
  @WithDefault("false")
  boolean allowHttp();

  /** An endpoint whose deliveries have all failed for this long is switched off (and audited). */
  @WithDefault("P1D")
  Duration disableAfter();

  /** Connect and response timeout of one try. */
  @WithDefault("PT5S")
  Duration timeout();

  /** How long after the scheduler starts the first dispatch runs: past the end of the start. */
  @WithDefault("5s")
  String dispatchDelay();
}
