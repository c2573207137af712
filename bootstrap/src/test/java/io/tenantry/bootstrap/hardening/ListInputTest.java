package io.tenantry.bootstrap.hardening;

import static io.restassured.RestAssured.given;
import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.Tenants;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Search text and paging on every list route: NUL, lone surrogates, overlong text and pages beyond
 * the offset cap are a 400 naming the parameter, never a 500.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListInputTest {
  private String owner;
  private String admin;
  private String tenant;

  @BeforeEach
  void tokens() {
    if (owner == null) {
      var acme = Tenants.create(aTenant());
      owner = acme.owner().accessToken();
      tenant = acme.slug();
      admin = Api.admin().accessToken();
    }
  }

  Stream<Arguments> searchableRoutes() {
    return Stream.of(
            "%00",
            "bob%00", "%ED%A0%80", "%ED%B0%80x", "%FF", "x".repeat(201), "%C3%A9".repeat(201))
        .flatMap(
            q ->
                Stream.of(
                    Arguments.of("/api/v1/users", q), Arguments.of("/api/v1/admin/tenants", q)));
  }

  @ParameterizedTest
  @MethodSource("searchableRoutes")
  void givenBadSearchText_thenValidationFailedOnQ(String route, String rawQ) {
    call(route, "q=" + rawQ)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("validation_failed"))
        .body("errors.field", hasItem("q"));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"/api/v1/users", "/api/v1/admin/tenants"})
  void givenSaneSearchTextOfTheMaximumLength_thenItIsAccepted(String route) {
    call(route, "q=" + "%C3%A9".repeat(199) + "%F0%9F%92%A5").statusCode(200);
  }

  Stream<String> listRoutes() {
    return Stream.of(
        "/api/v1/users",
        "/api/v1/admin/tenants",
        "/api/v1/audit-events",
        "/api/v1/admin/audit-events");
  }

  @ParameterizedTest
  @MethodSource("listRoutes")
  void givenAPageBeyondTheOffsetCap_thenValidationFailedOnPage(String route) {
    for (String paging :
        new String[] {
          "page=21474837&size=100", "page=2147483647&size=100", "page=100001&size=100"
        }) {
      call(route, paging)
          .statusCode(400)
          .body("code", equalTo("validation_failed"))
          .body("errors.field", hasItem("page"));
    }
  }

  @ParameterizedTest
  @MethodSource("listRoutes")
  void givenTheDeepestAllowedPage_thenAnEmptyPage(String route) {
    call(route, "page=100000&size=100").statusCode(200).body("items.size()", equalTo(0));
  }

  private io.restassured.response.ValidatableResponse call(String route, String query) {
    boolean asAdmin = route.startsWith("/api/v1/admin/");
    String extra = route.equals("/api/v1/admin/audit-events") ? "&tenant=" + tenant : "";
    return given()
        .urlEncodingEnabled(false)
        .accept("application/json")
        .header("Authorization", "Bearer " + (asAdmin ? admin : owner))
        .get(route + "?" + query + extra)
        .then();
  }
}
