package io.tenantry.domain.user;

import io.tenantry.domain.shared.Require;
import java.time.Duration;

/** Brute-force protection: after {@code maxFailures} wrong passwords in a row, lock for a while. */
public record LockoutPolicy(int maxFailures, Duration duration) {
  public LockoutPolicy {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be at least 1");
    }
    Require.present(duration, "duration");
  }
}
