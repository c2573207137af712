package io.tenantry.application.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Bounded caches whose entries expire a fixed time after they were loaded, on our clock. */
public final class Caches {
  private Caches() {}

  public static <K, V> Cache<K, V> expiring(Clock clock, Duration ttl, long maxEntries) {
    return Caffeine.newBuilder()
        .expireAfterWrite(ttl)
        .maximumSize(maxEntries)
        .ticker(() -> nanos(clock.instant()))
        // Maintenance on the calling thread: no background work, deterministic in tests.
        .executor(Runnable::run)
        .build();
  }

  // Not Clock.millis(): a tick clock finer than a millisecond divides by zero there (JDK-8324665).
  private static long nanos(Instant now) {
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }
}
