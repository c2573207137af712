package io.tenantry.bootstrap.hardening;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.as;
import static io.tenantry.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The login bulkhead: a storm of wrong-password logins is answered 401 (or 503 with Retry-After
 * when every hashing slot is busy), never a pool timeout, and reads keep answering meanwhile.
 */
@QuarkusTest
class LoginStormTest {
  private static final int STORM = 48;

  @Test
  void givenALoginStorm_whenReadingMeanwhile_thenEveryReadAnswers200() throws Exception {
    CreatedTenant acme = Tenants.create(aTenant());
    // Other accounts than the reader's, so the lockout does not end the storm early.
    List<String> victims = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      victims.add(Users.create(acme, aUser()).email());
    }
    String reader = acme.owner().accessToken();
    AtomicBoolean storming = new AtomicBoolean(true);
    ConcurrentLinkedQueue<Integer> reads = new ConcurrentLinkedQueue<>();
    CompletableFuture<Void> readerLoop =
        CompletableFuture.runAsync(
            () -> {
              do {
                reads.add(as(reader).get("/api/v1/users/me").statusCode());
              } while (storming.get());
            });

    List<Response> logins;
    try {
      logins = storm(acme.slug(), victims);
    } finally {
      storming.set(false);
    }
    readerLoop.get(120, TimeUnit.SECONDS);

    assertThat(reads).isNotEmpty().allMatch(status -> status == 200);
    assertThat(logins).hasSize(STORM);
    for (Response login : logins) {
      assertThat(login.statusCode()).isIn(401, 503);
      if (login.statusCode() == 503) {
        assertThat(login.header("Retry-After")).isNotBlank();
        assertThat(login.jsonPath().getString("code")).isEqualTo("service_unavailable");
      } else {
        assertThat(login.jsonPath().getString("code")).isEqualTo("invalid_credentials");
      }
    }
  }

  private static List<Response> storm(String tenant, List<String> victims) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(STORM);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Response>> futures = new ArrayList<>();
      for (int i = 0; i < STORM; i++) {
        String email = victims.get(i % victims.size());
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return json()
                      .body(
                          Map.of(
                              "tenant", tenant, "email", email, "password", "wrong guess " + email))
                      .post("/api/v1/auth/login");
                }));
      }
      start.countDown();
      List<Response> responses = new ArrayList<>();
      for (Future<Response> future : futures) {
        responses.add(future.get(120, TimeUnit.SECONDS));
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }
}
