package io.tenantry.bootstrap.hardening;

import static io.tenantry.bootstrap.support.Api.json;
import static io.tenantry.bootstrap.support.Api.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tenantry.bootstrap.support.Database;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.FivePerMinute.class)
class RateLimitTest {

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
    assertThat(Database.count("select count(*) from control.rate_limit_buckets"))
        .as("the bucket lives in PostgreSQL, shared by every replica")
        .isEqualTo(1);
  }

  /** Five auth requests per minute per client. */
  public static class FivePerMinute implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("app.auth.rate-limit.per-minute", "5");
    }
  }
}
