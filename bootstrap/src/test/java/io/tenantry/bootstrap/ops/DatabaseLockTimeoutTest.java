package io.tenantry.bootstrap.ops;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.bootstrap.support.Management.management;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A slow database: another connection holds a lock the API needs. The call gives up after the
 * configured lock timeout with 503 instead of hanging, and the pool serves again once it is gone.
 */
@QuarkusTest
@TestProfile(DatabaseOutageProfile.class)
class DatabaseLockTimeoutTest {
  /** Far above the profile's 1 s lock and 2 s statement timeouts: a hang fails, not a slow run. */
  private static final RestAssuredConfig HANG_GUARD =
      RestAssuredConfig.config()
          .httpClient(HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 30_000));

  @RestartablePostgresResource.Handle RestartablePostgres database;

  @Test
  void shouldAnswer503WhileALockIsHeldAndServeAgainOnceItIsReleased() throws Exception {
    CreatedTenant tenant = Tenants.create(aTenant());
    String token = tenant.owner().accessToken();
    String email = "waits@" + tenant.slug() + ".test";
    double outagesBefore = unavailableTotal();

    try (Connection holder = database.connect()) {
      holder.setAutoCommit(false);
      try (Statement lock = holder.createStatement()) {
        lock.execute(
            "LOCK TABLE t_" + tenant.slug().replace('-', '_') + ".users IN ACCESS EXCLUSIVE MODE");
      }
      assertUnavailable(invite(token, email).config(HANG_GUARD).post("/api/v1/users").then());
      assertUnavailable(Api.as(token).config(HANG_GUARD).get("/api/v1/users").then());
      holder.rollback();
    }

    invite(token, email).config(HANG_GUARD).post("/api/v1/users").then().statusCode(201);
    Api.as(token).get("/api/v1/users/me").then().statusCode(200);
    assertThat(unavailableTotal()).isGreaterThan(outagesBefore);
  }

  private static void assertUnavailable(ValidatableResponse response) {
    response
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", matchesPattern("[1-9][0-9]*"))
        .body("code", equalTo("service_unavailable"));
  }

  private static RequestSpecification invite(String token, String email) {
    return Api.as(token)
        .body(Map.of("email", email, "display_name", "Waits", "roles", List.of("member")));
  }

  private static double unavailableTotal() {
    String metrics = management().get("/q/metrics").then().statusCode(200).extract().asString();
    return metrics
        .lines()
        .filter(line -> line.startsWith("dependency_unavailable_total{dependency=\"database\""))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }
}
