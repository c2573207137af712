package io.tenantry.bootstrap.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.scheduler.Scheduled;
import io.tenantry.application.shared.DependencyFailures;
import io.tenantry.bootstrap.config.AppConfig;
import io.tenantry.domain.shared.UnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.logging.Logger;

/**
 * Per-client-IP token buckets for {@code /api/v1/auth/*}, kept in PostgreSQL so that every replica
 * draws from the same bucket. {@code app.auth.rate-limit.per-minute=0} turns it off.
 */
@ApplicationScoped
public class AuthRateLimiter {
  private static final Logger LOG = Logger.getLogger(AuthRateLimiter.class);
  private static final Duration WINDOW = Duration.ofMinutes(1);

  @Inject AgroalDataSource dataSource;
  @Inject AppConfig config;
  @Inject DependencyFailures failures;

  private volatile PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

  public boolean isEnabled() {
    return config.auth().rateLimit().perMinute() > 0;
  }

  /** Takes one token for {@code client}; empty if allowed, else the seconds to wait. */
  public OptionalLong tryAcquire(String client) {
    int perMinute = config.auth().rateLimit().perMinute();
    BucketConfiguration limit =
        BucketConfiguration.builder()
            .addLimit(bandwidth -> bandwidth.capacity(perMinute).refillGreedy(perMinute, WINDOW))
            .build();
    ConsumptionProbe probe =
        buckets().builder().build("auth:" + client, () -> limit).tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return OptionalLong.empty();
    }
    long nanos = probe.getNanosToWaitForRefill();
    return OptionalLong.of(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
  }

  /** Drops the rows of buckets that have filled up again. */
  @Scheduled(
      every = "10m",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void removeExpired() {
    try {
      if (isEnabled()) {
        while (buckets().removeExpired(1000) > 0) {
          // keep going until a batch comes back short
        }
      }
    } catch (RuntimeException e) {
      // During a database outage: one line per cycle, no stack trace; the next cycle catches up.
      Optional<UnavailableException> down = failures.unavailable(e);
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
