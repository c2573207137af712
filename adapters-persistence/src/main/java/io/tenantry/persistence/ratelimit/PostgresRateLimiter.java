package io.tenantry.persistence.ratelimit;

import io.quarkus.scheduler.Scheduled;
import io.tenantry.application.shared.DependencyFailures;
import io.tenantry.application.shared.RateLimiter;
import io.tenantry.application.shared.RateLimiter.Scope;
import io.tenantry.domain.shared.UnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
// One statement per check, in auto-commit: a bucket of n per minute is kept as the time it is full
// again (GCRA: each request moves it one n-th of a minute later, refused while it is more than a
// minute ahead), which is what a greedily refilled bucket of n decides, with no read before the
// write. The row's state column, once Bucket4j's, stays empty.
@ApplicationScoped
public class PostgresRateLimiter implements RateLimiter {
  private static final Logger LOG = Logger.getLogger(PostgresRateLimiter.class);
  private static final long WINDOW_MILLIS = Duration.ofMinutes(1).toMillis();
  private static final int REMOVE_BATCH = 1000;

  // Updated only when the request fits (ON CONFLICT ... WHERE): no row back means refused.
  private static final String TAKE =
      """
      insert into control.rate_limit_buckets as b (id, state, expires_at) values (?, null, ? + ?)
      on conflict (id) do update set state = null, expires_at = greatest(b.expires_at, ?) + ?
      where greatest(b.expires_at, ?) + ? - ? <= ?
      returning expires_at
      """;
  private static final String FULL_AT =
      "select expires_at from control.rate_limit_buckets where id = ?";
  private static final String REMOVE_EXPIRED =
      "delete from control.rate_limit_buckets where id in (select id from"
          + " control.rate_limit_buckets where expires_at < ? limit ?)";

  private final DataSource dataSource;
  private final DependencyFailures failures;
  private final int perMinute;
  private final Map<Scope, Integer> sizes;

  PostgresRateLimiter(DataSource dataSource, DependencyFailures failures, RateLimitConfig config) {
    this.dataSource = dataSource;
    this.failures = failures;
    this.perMinute = config.perMinute();
    this.sizes =
        new EnumMap<>(
            Map.of(
                Scope.CLIENT, config.perMinute(),
                Scope.ACCOUNT, config.perAccountPerMinute(),
                Scope.TENANT, config.perTenantPerMinute()));
  }

  @Override
  public boolean limits(Scope scope) {
    return perMinute > 0 && sizes.get(scope) > 0;
  }

  @Override
  public OptionalLong tryAcquire(Scope scope, String key) {
    if (!limits(scope)) {
      return OptionalLong.empty();
    }
    int size = sizes.get(scope);
    // Rounded up, so that n requests at once still fit in a bucket of n (the burst is n steps).
    long step = (WINDOW_MILLIS + size - 1) / size;
    long burst = step * size;
    long now = System.currentTimeMillis();
    String id = prefix(scope) + key;
    try (Connection connection = dataSource.getConnection()) {
      if (take(connection, id, now, step, burst)) {
        return OptionalLong.empty();
      }
      long fullAt = fullAt(connection, id).orElse(now);
      long waitMillis = fullAt + step - now - burst;
      return OptionalLong.of(Math.max(1, (waitMillis + 999) / 1000));
    } catch (SQLException e) {
      throw new IllegalStateException("rate limit bucket " + prefix(scope) + "...: " + e, e);
    }
  }

  private static boolean take(Connection connection, String id, long now, long step, long burst)
      throws SQLException {
    try (PreparedStatement take = connection.prepareStatement(TAKE)) {
      take.setString(1, id);
      take.setLong(2, now);
      take.setLong(3, step);
      take.setLong(4, now);
      take.setLong(5, step);
      take.setLong(6, now);
      take.setLong(7, step);
      take.setLong(8, now);
      take.setLong(9, burst);
      try (ResultSet taken = take.executeQuery()) {
        return taken.next();
      }
    }
  }

  /** Refused: when the bucket is full again, to tell the caller how long to wait. */
  private static OptionalLong fullAt(Connection connection, String id) throws SQLException {
    try (PreparedStatement read = connection.prepareStatement(FULL_AT)) {
      read.setString(1, id);
      try (ResultSet row = read.executeQuery()) {
        return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  /** The rows' key prefixes; the client one is kept from when only the auth routes were limited. */
  private static String prefix(Scope scope) {
    return switch (scope) {
      case CLIENT -> "auth:";
      case ACCOUNT -> "account:";
      case TENANT -> "tenant:";
    };
  }

  /** Drops the rows of buckets that have filled up again: a missing row is a full bucket. */
  @Scheduled(
      every = "10m",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void removeExpired() {
    try {
      if (perMinute > 0) {
        while (removeExpired(System.currentTimeMillis()) >= REMOVE_BATCH) {
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

  private int removeExpired(long now) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement(REMOVE_EXPIRED)) {
      delete.setLong(1, now);
      delete.setInt(2, REMOVE_BATCH);
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("rate limit cleanup: " + e, e);
    }
  }
}
