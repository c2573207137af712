package io.tenantry.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** The outcome of one try: the receiver's status code (none on a network error) and how long. */
public record DeliveryAttempt(
    Instant at, OptionalInt statusCode, Duration duration, Optional<String> error) {

  /** A 2xx answer is a delivery; anything else, or no answer, is retried. */
  public boolean succeeded() {
    return statusCode.isPresent() && statusCode.getAsInt() >= 200 && statusCode.getAsInt() < 300;
  }
}
