package io.tenantry.application.mail;

import java.time.Duration;

/**
 * How an outbox (account mail, webhook deliveries) is polled and retried, as its adapter reads it
 * from configuration; the keys are the same under each adapter's prefix, the defaults its own.
 */
public interface OutboxSettings {
  /** Attempts before an item is given up (a mail dead, a delivery failed). */
  int maxAttempts();

  /**
   * Delay before the first retry; it doubles with every attempt (with jitter), up to the maximum.
   */
  Duration retryInitialDelay();

  Duration retryMaxDelay();

  /** How often the outbox is polled (read by the scheduler, e.g. {@code 5s}). */
  String dispatchInterval();

  /** The backoff these settings describe. */
  default RetryPolicy retryPolicy() {
    return new RetryPolicy(maxAttempts(), retryInitialDelay(), retryMaxDelay());
  }
}
