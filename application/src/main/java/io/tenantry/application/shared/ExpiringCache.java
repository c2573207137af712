package io.tenantry.application.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small in-process cache whose entries live for a fixed time and can be dropped at once when the
 * data behind them changes. Keeps per-request security checks cheap without making them stale.
 */
public final class ExpiringCache<K, V> {
  private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration ttl;
  private final int maxEntries;

  public ExpiringCache(Clock clock, Duration ttl, int maxEntries) {
    this.clock = clock;
    this.ttl = ttl;
    this.maxEntries = maxEntries;
  }

  /** The cached value, or the loader's (cached when present). */
  public Optional<V> get(K key, Function<K, Optional<V>> loader) {
    Instant now = clock.instant();
    Entry<V> entry = entries.get(key);
    if (entry != null && entry.expiresAt.isAfter(now)) {
      return Optional.of(entry.value);
    }
    Optional<V> loaded = loader.apply(key);
    if (loaded.isPresent()) {
      if (entries.size() >= maxEntries) {
        entries.clear();
      }
      entries.put(key, new Entry<>(loaded.get(), now.plus(ttl)));
    } else {
      entries.remove(key);
    }
    return loaded;
  }

  public void invalidate(K key) {
    entries.remove(key);
  }

  public void invalidateIf(java.util.function.Predicate<K> matching) {
    entries.keySet().removeIf(matching);
  }

  private record Entry<V>(V value, Instant expiresAt) {}
}
