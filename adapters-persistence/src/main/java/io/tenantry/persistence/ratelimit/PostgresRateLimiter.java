package io.tenantry.persistence.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.scheduler.Scheduled;
import io.tenantry.application.shared.RateLimiter;
import io.tenantry.application.shared.RateLimiter.Scope;
import io.tenantry.domain.shared.UnavailableException;
import io.tenantry.persistence.shared.DatabaseUnavailability;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Token buckets per client, account and tenant in {@code control.rate_limit_buckets}, so that every
 * replica draws from the same bucket. {@code app.auth.rate-limit.per-minute=0} turns them all off.
 */
@ApplicationScoped
public class PostgresRateLimiter implements RateLimiter {
  private static final Logger LOG = Logger.getLogger(PostgresRateLimiter.class);
  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final DataSource dataSource;
  private final int perMinute;
  private final Map<Scope, Integer> sizes;
  private volatile PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

  PostgresRateLimiter(DataSource dataSource, RateLimitConfig config) {
    this.dataSource = dataSource;
    this.perMinute = config.perMinute();
    this.sizes =
        new EnumMap<>(
            Map.of(
                Scope.CLIENT, config.perMinute(),
                Scope.ACCOUNT, config.perAccountPerMinute(),
                Scope.TENANT, config.perTenantPerMinute()));
  }

  @Override
  public OptionalLong tryAcquire(Scope scope, String key) {
    int size = sizes.get(scope);
    if (perMinute <= 0 || size <= 0) {
      return OptionalLong.empty();
    }
    BucketConfiguration limit =
        BucketConfiguration.builder()
            .addLimit(bandwidth -> bandwidth.capacity(size).refillGreedy(size, WINDOW))
            .build();
    ConsumptionProbe probe =
        buckets().builder().build(prefix(scope) + key, () -> limit).tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return OptionalLong.empty();
    }
    long nanos = probe.getNanosToWaitForRefill();
    return OptionalLong.of(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
  }

  /** The rows' key prefixes; the client one is kept from when only the auth routes were limited. */
  private static String prefix(Scope scope) {
    return switch (scope) {
      case CLIENT -> "auth:";
      case ACCOUNT -> "account:";
      case TENANT -> "tenant:";
    };
  }

  /** Drops the rows of buckets that have filled up again. */
  @Scheduled(
      every = "10m",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void removeExpired() {
    try {
      if (perMinute > 0) {
        while (buckets().removeExpired(1000) > 0) {
          // keep going until a batch comes back short
        }
      }
    } catch (RuntimeException e) {
      // During a database outage: one line per cycle, no stack trace; the next cycle catches up.
      Optional<UnavailableException> down = DatabaseUnavailability.classify(e);
      if (down.isEmpty()) {
        throw e;
      }
      LOG.warnf("Rate-limit cleanup skipped: database unavailable (%s)", down.get().reason());
    }
  }

  private PostgreSQLSelectForUpdateBasedProxyManager<String> buckets() {
    if (buckets == null) {
      synchronized (this) {
        if (buckets == null) {
          buckets =
              Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                  .primaryKeyMapper(PrimaryKeyMapper.STRING)
                  .table("control.rate_limit_buckets")
                  .expirationAfterWrite(
                      ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                          Duration.ofSeconds(10)))
                  .build();
        }
      }
    }
    return buckets;
  }
}
