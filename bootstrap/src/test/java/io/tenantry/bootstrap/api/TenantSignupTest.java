package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.bootstrap.support.Api.as;
import static io.tenantry.bootstrap.support.Api.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tenantry.bootstrap.support.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(TenantSignupTest.SignupEnabled.class)
class TenantSignupTest {

  @Test
  void shouldCreateATenantItsOwnerAndTheirSessionWhenSignUpIsOn() {
    String slug = Api.uniqueSlug("self");
    String access =
        json()
            .body(aTenant().withSlug(slug).withName("Self Made").body())
            .post("/api/v1/tenants")
            .then()
            .statusCode(201)
            .body("tenant.slug", equalTo(slug))
            .body("tenant.name", equalTo("Self Made"))
            .body("owner.email", equalTo("owner@acme.test"))
            .body("owner.roles", hasItem("owner"))
            .body("tokens.token_type", equalTo("Bearer"))
            .extract()
            .path("tokens.access_token");
    as(access).get("/api/v1/tenants/current").then().statusCode(200).body("slug", equalTo(slug));
    json()
        .body(aTenant().withSlug(slug).body())
        .post("/api/v1/tenants")
        .then()
        .statusCode(409)
        .body("code", equalTo("slug_taken"));
  }

  @Test
  void shouldRequireTheOwnersPassword() {
    json()
        .body(aTenant().withoutOwnerPassword().body())
        .post("/api/v1/tenants")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("owner.password"));
    json()
        .body(
            Map.of(
                "slug", Api.uniqueSlug("weak"),
                "name", "Weak",
                "owner",
                    Map.of(
                        "email", "o@weak.test", "display_name", "O", "password", "password1234")))
        .post("/api/v1/tenants")
        .then()
        .statusCode(400)
        .body("code", equalTo("weak_password"));
  }

  /** Public sign-up switched on. */
  public static class SignupEnabled implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("app.tenants.signup-enabled", "true");
    }
  }
}
