package io.tenantry.bootstrap.hardening;

import static io.restassured.RestAssured.given;
import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.Tenants;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every route, fed hostile bodies and parameters, answers a clean 4xx: never a 5xx or a leak. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {
  private static final String SOME_ID = UUID.randomUUID().toString();
  private static final String[] ROUTES = {
    "POST /api/v1/auth/login",
    "POST /api/v1/auth/refresh",
    "POST /api/v1/auth/logout",
    "POST /api/v1/auth/register",
    "POST /api/v1/auth/verify-email",
    "POST /api/v1/auth/password/forgot",
    "POST /api/v1/auth/password/reset",
    "POST /api/v1/auth/password/change",
    "POST /api/v1/auth/invitations/accept",
    "PATCH /api/v1/users/me",
    "POST /api/v1/users",
    "PATCH /api/v1/users/" + SOME_ID,
    "PUT /api/v1/users/" + SOME_ID + "/roles",
    "PATCH /api/v1/tenants/current",
    "POST /api/v1/tenants",
    "POST /api/v1/admin/tenants",
    "PATCH /api/v1/admin/tenants/" + SOME_ID
  };
  private static final String[] BODIES = {
    "",
    "null",
    "[]",
    "\"text\"",
    "42",
    "{",
    "{}",
    "{\"a\":" + "[".repeat(200) + "]".repeat(200) + "}",
    "{\"email\":{\"$ne\":null},\"tenant\":[1],\"password\":true,\"roles\":\"owner\"}",
    "{\"email\":\"' OR 1=1 --\",\"tenant\":\"acme'; drop table control.tenants; --\",\"password\":\"x\"}",
    "{\"display_name\":\"" + "x".repeat(20_000) + "\"}",
    "{\"display_name\":\"\\u0000\\u202e\",\"name\":null,\"status\":\"deleted\",\"roles\":[null]}",
    "{\"slug\":\"💥\",\"name\":123,\"owner\":\"me\",\"refresh_token\":99,\"token\":[],\"self_registration\":\"yes\"}",
    "{\"tenant\":\"acme\",\"email\":\"a@b.test\",\"password\":\"" + "p".repeat(2000) + "\"}"
  };
  private String token;
  private String adminToken;

  @BeforeEach
  void tokens() {
    // Not @BeforeAll: the application's port is known only once a test runs.
    if (token == null) {
      token = Tenants.create(aTenant()).owner().accessToken();
      adminToken = Api.admin().accessToken();
    }
  }

  Stream<Arguments> hostileBodies() {
    List<Arguments> cases = new ArrayList<>();
    for (String route : ROUTES) {
      for (String body : BODIES) {
        cases.add(Arguments.of(route, body));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {index}")
  @MethodSource("hostileBodies")
  void shouldRejectHostileBodiesCleanly(String route, String body) {
    String[] parts = route.split(" ", 2);
    String bearer = parts[1].startsWith("/api/v1/admin") ? adminToken : token;
    Response response =
        given()
            .header("Authorization", "Bearer " + bearer)
            .contentType("application/json")
            .body(body)
            .request(parts[0], parts[1]);
    assertClean(response);
  }

  @Test
  void shouldShrugOffHostileQueryParametersAndIds() {
    String[] queries = {
      "?q=%25'%20OR%201=1%20--",
      "?sort=email;drop%20table%20users",
      "?sort=email,sideways",
      "?size=-1",
      "?page=99999999999",
      "?page=1e3",
      "?status=%00",
      "?role=owner'--",
      "?q=" + "a".repeat(2000)
    };
    for (String query : queries) {
      assertClean(given().header("Authorization", "Bearer " + token).get("/api/v1/users" + query));
      assertClean(
          given()
              .header("Authorization", "Bearer " + adminToken)
              .get("/api/v1/admin/tenants" + query));
    }
    for (String id : new String[] {"not-a-uuid", "'%20OR%201=1", "..%2F..%2Fetc%2Fpasswd", "%00"}) {
      assertClean(given().header("Authorization", "Bearer " + token).get("/api/v1/users/" + id));
      assertClean(
          given()
              .header("Authorization", "Bearer " + adminToken)
              .delete("/api/v1/admin/tenants/" + id));
    }
  }

  @Test
  void shouldRefuseOverlongRequestLinesWithoutA5xx() {
    int status = given().get("/api/v1/users?q=" + "a".repeat(10_000)).statusCode();
    assertThat(status).isEqualTo(414);
  }

  @Test
  void shouldRefuseBodiesOver64KibWith413() {
    String huge =
        "{\"tenant\":\"acme\",\"email\":\"a@b.test\",\"password\":\"" + "x".repeat(70_000) + "\"}";
    Response response =
        given().contentType("application/json").body(huge).post("/api/v1/auth/login");
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.jsonPath().getString("code")).isEqualTo("payload_too_large");
  }

  @Test
  void shouldSendSecurityHeadersAndNoServerBanner() {
    Response response = given().get("/api/v1/users/me");
    assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(response.header("Server")).isNull();
    assertThat(response.header("Access-Control-Allow-Origin")).isNull();
  }

  private static void assertClean(Response response) {
    int status = response.statusCode();
    String body = response.asString();
    assertThat(status).as(body).isBetween(200, 499);
    if (status >= 400) {
      assertThat(response.contentType())
          .as(status + " " + body)
          .startsWith("application/problem+json");
    }
    assertThat(body)
        .doesNotContain("Exception")
        .doesNotContain("org.hibernate")
        .doesNotContain("java.")
        .doesNotContain("SQL")
        .doesNotContain("\tat ");
  }
}
