package io.tenantry.application.shared;

import java.util.OptionalLong;

/** A per-client request budget shared by every replica; the inbound adapter decides what counts. */
public interface RateLimiter {
  /**
   * Takes one request from {@code client}'s budget: empty if allowed (or limiting is off), else the
   * seconds to wait.
   */
  OptionalLong tryAcquire(String client);
}
