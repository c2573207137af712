package io.tenantry.persistence.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.application.shared.DependencyFailures;
import io.tenantry.application.shared.RateLimiter.Scope;
import io.tenantry.persistence.EmbeddedPostgresResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The buckets on the real table: n per minute fit, the next waits, parallel requests count. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class PostgresRateLimiterTest {

  @Inject DataSource dataSource;
  @Inject DependencyFailures failures;

  private PostgresRateLimiter limiter(int perClient, int perAccount, int perTenant) {
    return new PostgresRateLimiter(
        dataSource,
        failures,
        new RateLimitConfig() {
          @Override
          public int perMinute() {
            return perClient;
          }

          @Override
          public int perAccountPerMinute() {
            return perAccount;
          }

          @Override
          public int perTenantPerMinute() {
            return perTenant;
          }
        });
  }

  @Test
  void shouldLetABucketsSizeThroughAtOnceThenAskToWaitForTheNextToken() {
    PostgresRateLimiter limiter = limiter(60, 3, 600);
    String account = UUID.randomUUID().toString();

    for (int i = 0; i < 3; i++) {
      assertThat(limiter.tryAcquire(Scope.ACCOUNT, account)).as("request %d", i + 1).isEmpty();
    }
    OptionalLong wait = limiter.tryAcquire(Scope.ACCOUNT, account);

    // One token of three per minute comes back after at most 20 s.
    assertThat(wait).isPresent();
    assertThat(wait.getAsLong()).isBetween(1L, 20L);
    // Another key, and the same key in another scope, have their own buckets.
    assertThat(limiter.tryAcquire(Scope.ACCOUNT, account + "-other")).isEmpty();
    assertThat(limiter.tryAcquire(Scope.CLIENT, account)).isEmpty();
  }

  @Test
  void shouldCountParallelRequestsOnTheSameBucketEachOnce() throws Exception {
    PostgresRateLimiter limiter = limiter(60, 3, 600);
    String tenant = UUID.randomUUID().toString();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<OptionalLong>> answers = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        answers.add(pool.submit(() -> limiter.tryAcquire(Scope.ACCOUNT, tenant)));
      }
      int passed = 0;
      for (Future<OptionalLong> answer : answers) {
        passed += answer.get().isEmpty() ? 1 : 0;
      }
      assertThat(passed).isEqualTo(3);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void shouldLetEverythingThroughWhenTurnedOff() {
    PostgresRateLimiter limiter = limiter(0, 1, 1);
    String key = UUID.randomUUID().toString();

    for (int i = 0; i < 5; i++) {
      assertThat(limiter.tryAcquire(Scope.TENANT, key)).isEmpty();
    }
    assertThat(limiter.limits(Scope.CLIENT)).isFalse();
    assertThat(limiter.limits(Scope.TENANT)).isFalse();
  }

  @Test
  void shouldSayWhichBudgetsAreOn() {
    PostgresRateLimiter limiter = limiter(60, 0, 600);

    assertThat(limiter.limits(Scope.CLIENT)).isTrue();
    assertThat(limiter.limits(Scope.ACCOUNT)).isFalse();
    assertThat(limiter.limits(Scope.TENANT)).isTrue();
  }
}
