package io.tenantry.application.mail;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/** Exponential backoff with jitter, capped, and a number of attempts after which a mail is dead. */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

  /** The delay after {@code attempts} failures: initial × 2^(attempts−1), ±20 % jitter, capped. */
  public Duration delayAfter(int attempts, DoubleSupplier random) {
    double exponential = initialDelay.toMillis() * Math.pow(2, Math.max(0, attempts - 1));
    double capped = Math.min(exponential, maxDelay.toMillis());
    double jittered = capped * (0.8 + 0.4 * random.getAsDouble());
    return Duration.ofMillis(Math.max(1, Math.round(jittered)));
  }

  public boolean isExhausted(int attempts) {
    return attempts >= maxAttempts;
  }
}
