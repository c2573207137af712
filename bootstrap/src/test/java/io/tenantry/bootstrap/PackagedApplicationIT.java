package io.tenantry.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.specification.RequestSpecification;
import io.tenantry.bootstrap.support.PackagedRuntimeResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The operations surface of the packaged application (production profile, started as a separate
 * process the way it ships), on the embedded PostgreSQL of the tests.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = PackagedRuntimeResource.class, restrictToAnnotatedClass = true)
class PackagedApplicationIT {

  /** Health, metrics and OpenAPI live on the management port, not on the API port. */
  private static RequestSpecification management() {
    return given().port(PackagedRuntimeResource.managementPort());
  }

  @Test
  void shouldKeepTheOperationsSurfaceOffTheApiPort() {
    given().get("/q/metrics").then().statusCode(404);
    given().get("/q/openapi").then().statusCode(404);
    given().get("/q/health/ready").then().statusCode(404);
  }

  @Test
  void shouldAnswerHealthProbes() {
    management().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    management()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("tenant-schemas"));
    management().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void shouldExposePrometheusMetricsIncludingLoginOutcomes() {
    given()
        .contentType("application/json")
        .body(Map.of("tenant", "system", "email", "nobody@example.test", "password", "wrong one"))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(401);
    management()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("http_server_requests_seconds"))
        .body(containsString("auth_logins_total{outcome=\"failure\"}"))
        .body(containsString("tenants_total"))
        .body(containsString("mail_outbox_pending"))
        .body(containsString("password_hash_seconds"));
  }

  /**
   * Started on another port than 8080 without {@code app.public-url}, the service names the port it
   * listens on as its issuer, so a client that fetched discovery from it accepts its tokens.
   */
  @Test
  void shouldNameTheAddressItListensOnAsIssuerWhenNoPublicUrlIsSet() {
    String listening = "http://localhost:" + PackagedRuntimeResource.httpPort();
    given()
        .get("/.well-known/openid-configuration")
        .then()
        .statusCode(200)
        .body("issuer", equalTo(listening))
        .body("token_endpoint", equalTo(listening + "/oauth2/token"));
  }

  @Test
  void shouldDescribeTheApiWithItsBearerScheme() {
    management()
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/v1/users"))
        .body(containsString("bearer"))
        .body(containsString("application/problem+json"));
    given()
        .get("/.well-known/jwks.json")
        .then()
        .statusCode(200)
        .body("keys[0].alg", equalTo("RS256"));
  }
}
