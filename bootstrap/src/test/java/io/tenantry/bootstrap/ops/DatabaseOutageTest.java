package io.tenantry.bootstrap.ops;

import static io.restassured.RestAssured.given;
import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.bootstrap.support.Management.management;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.domain.auth.ScopedToken;
import io.tenantry.domain.tenant.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DatabaseOutageProfile.class)
class DatabaseOutageTest {
  private static final String DATABASE_CHECK = "Database connections health check";

  @RestartablePostgresResource.Handle RestartablePostgres database;

  @AfterEach
  void databaseIsBack() {
    database.restart();
  }

  @Test
  void shouldBeUnreadyButAliveWhilePostgresIsDownAndReadyAgainWhenItReturns() {
    management().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

    database.stop();

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                management()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body(
                        "checks.find { it.name == '" + DATABASE_CHECK + "' }.status",
                        equalTo("DOWN")));
    management().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

    database.restart();

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                management()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.name", hasItem(DATABASE_CHECK)));
  }

  /**
   * The hosted pages answer an outage with an HTML error page and {@code Retry-After}; the JSON API
   * keeps its problem+json 503.
   */
  @Test
  void shouldAnswerTheHostedPagesWithAnHtmlErrorPageWhilePostgresIsDown() {
    String tenant = Tenants.create(aTenant()).id();
    // Well formed links of a real tenant: reading them needs the database.
    String link =
        ScopedToken.compose(new TenantId(UUID.fromString(tenant)), "x".repeat(43)).value();

    database.stop();

    for (String page : List.of("/accept-invitation", "/verify-email", "/reset-password")) {
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  given()
                      .queryParam("token", link)
                      .get(page)
                      .then()
                      .statusCode(503)
                      .contentType(containsString("text/html"))
                      .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                      .header("Cache-Control", "no-store")
                      .body(containsString("Please try again in a moment")));
    }
    Api.json()
        .body(Map.of("tenant", "system", "email", "nobody@example.test", "password", "whatever"))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(503)
        .contentType(containsString("application/problem+json"))
        .header("Retry-After", matchesPattern("[1-9][0-9]*"))
        .body("code", equalTo("service_unavailable"));
  }
}
