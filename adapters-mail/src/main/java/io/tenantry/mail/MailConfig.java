package io.tenantry.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Sending account mail from the outbox: the {@code app.mail.*} settings, typed. */
@ConfigMapping(prefix = "app.mail")
public interface MailConfig {
  @WithDefault("no-reply@localhost")
  String from();

  /** Attempts before a mail is marked dead. */
  @WithName("max-attempts")
  @WithDefault("10")
  int maxAttempts();

  /** Delay before the first retry; it doubles with every attempt (with jitter). */
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

  @WithName("dispatch-delay")
  @WithDefault("1s")
  String dispatchDelay();
}
