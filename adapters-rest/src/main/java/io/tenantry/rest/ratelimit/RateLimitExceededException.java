package io.tenantry.rest.ratelimit;

/** An account's or a tenant's budget is used up: answered {@code 429} with {@code Retry-After}. */
public class RateLimitExceededException extends RuntimeException {
  private final long retryAfterSeconds;

  RateLimitExceededException(long retryAfterSeconds) {
    super("rate limited", null, false, false);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
