package io.tenantry.bootstrap.api;

import static io.restassured.RestAssured.given;
import static io.tenantry.bootstrap.support.Api.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemDetailsTest {

  @Test
  void shouldAnswerAnUnknownRouteWithProblemJson() {
    given()
        .get("/api/v1/nothing-here")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("not_found"))
        .body("status", equalTo(404));
    given()
        .get("/no/such/page")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("not_found"));
  }

  @Test
  void shouldAnswerAWrongMethod() {
    given()
        .delete("/api/v1/auth/login")
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .body("code", equalTo("method_not_allowed"));
  }

  @Test
  void shouldAnswerAWrongContentType() {
    given()
        .contentType("text/plain")
        .body("tenant=acme")
        .post("/api/v1/auth/login")
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("code", equalTo("unsupported_media_type"));
  }

  @Test
  void shouldAnswerMalformedJson() {
    json()
        .body("{\"tenant\": ")
        .post("/api/v1/auth/login")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("malformed_request"))
        .body("detail", not(containsString("jackson")))
        .body("detail", not(containsString("Exception")));
  }

  @Test
  void shouldRejectUnknownFieldsAndWrongTypes() {
    json()
        .body("{\"tenant\":\"acme\",\"email\":\"a@b.test\",\"password\":\"x\",\"admin\":true}")
        .post("/api/v1/auth/login")
        .then()
        .statusCode(400)
        .body("code", equalTo("validation_failed"))
        .body("errors[0].field", equalTo("admin"));
    json()
        .body("{\"tenant\":[1],\"email\":\"a@b.test\",\"password\":\"x\"}")
        .post("/api/v1/auth/login")
        .then()
        .statusCode(400)
        .body("code", equalTo("validation_failed"))
        .body("errors[0].field", equalTo("tenant"));
  }

  @Test
  void shouldAnswerAMissingBody() {
    json()
        .post("/api/v1/auth/login")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
