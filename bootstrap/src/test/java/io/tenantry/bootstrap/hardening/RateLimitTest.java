package io.tenantry.bootstrap.hardening;

import static io.tenantry.bootstrap.support.Api.json;
import static io.tenantry.bootstrap.support.Api.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.tenantry.bootstrap.support.Database;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.FivePerMinute.class)
class RateLimitTest {

  @BeforeEach
  void emptyBuckets() {
    Database.execute("delete from control.rate_limit_buckets");
  }

  @Test
  void shouldAnswer429WithRetryAfterOnceTheClientUsedUpItsAuthRequests() {
    for (int i = 0; i < 5; i++) {
      login("system", "nobody@example.test", "not the password").statusCode(401);
    }
    String retryAfter =
        login("system", "nobody@example.test", "not the password")
            .statusCode(429)
            .contentType("application/problem+json")
            .body("code", equalTo("rate_limited"))
            .extract()
            .header("Retry-After");
    assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);

    json()
        .body(Map.of("refresh_token", "x".repeat(65)))
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(429);
    json().get("/api/v1/users/me").then().statusCode(401);
    assertThat(
            Database.count(
                "select count(*) from control.rate_limit_buckets where id like 'auth:%'"))
        .as("the client's bucket lives in PostgreSQL, shared by every replica")
        .isEqualTo(1);
  }

  /**
   * No proxy is trusted here, so whatever the client forwards is ignored: one address, one bucket.
   */
  @Test
  void shouldIgnoreForwardedForFromAnUntrustedPeer() {
    for (int i = 0; i < 5; i++) {
      spoofed("198.51.100." + i + ", 203.0.113." + i).statusCode(401);
    }
    spoofed(randomAddress()).statusCode(429).body("code", equalTo("rate_limited"));
    spoofed(randomAddress() + ", " + randomAddress()).statusCode(429);
  }

  @Test
  void shouldLimitPublicSignUpPerClient() {
    for (int i = 0; i < 5; i++) {
      json().body("{}").post("/api/v1/tenants").then().statusCode(not(equalTo(429)));
    }
    json()
        .body("{}")
        .post("/api/v1/tenants")
        .then()
        .statusCode(429)
        .header("Retry-After", notNullValue());
  }

  private static ValidatableResponse spoofed(String forwardedFor) {
    return json()
        .header("X-Forwarded-For", forwardedFor)
        .body(Map.of("tenant", "system", "email", "nobody@example.test", "password", "wrong"))
        .post("/api/v1/auth/login")
        .then();
  }

  private static String randomAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return random.nextInt(1, 224) + "." + random.nextInt(256) + "." + random.nextInt(256) + ".1";
  }

  /** Five auth requests per minute per client. */
  public static class FivePerMinute implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "app.auth.rate-limit.per-minute",
          "5",
          "app.auth.rate-limit.per-account-per-minute",
          "50");
    }
  }
}
