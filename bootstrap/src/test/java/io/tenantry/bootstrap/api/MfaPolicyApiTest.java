package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static io.tenantry.bootstrap.support.Api.as;
import static io.tenantry.bootstrap.support.Api.json;
import static io.tenantry.bootstrap.support.Api.login;
import static io.tenantry.bootstrap.support.Authenticator.challenge;
import static io.tenantry.bootstrap.support.Authenticator.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tenantry.bootstrap.support.AuditEvents;
import io.tenantry.bootstrap.support.Authenticator;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tenant policy {@code mfa_required}: who may set it, and the enrolment it forces. */
@QuarkusTest
class MfaPolicyApiTest {
  private static final String TENANT = "/api/v1/tenants/current";
  private CreatedTenant acme;

  @BeforeEach
  void createTenant() {
    acme = Tenants.create(aTenant());
  }

  @Test
  void givenAnOwnerWithoutMfa_whenRequiringIt_thenConflictUntilTheOwnerHasMfa() {
    String owner = acme.owner().accessToken();
    CreatedUser admin = Users.create(acme, aUser().withRoles("admin"));

    requireMfa(admin.token()).statusCode(403);
    requireMfa(owner).statusCode(409).body("code", equalTo("mfa_not_enabled"));
    as(owner).get(TENANT).then().body("mfa_required", equalTo(false));
    Authenticator.enrol(owner);
    requireMfa(owner).statusCode(200).body("mfa_required", equalTo(true));

    as(owner).get(TENANT).then().body("mfa_required", equalTo(true));
    List<Map<String, Object>> updates = AuditEvents.ofType(owner, "tenant.updated");
    assertThat(updates)
        .anySatisfy(e -> assertThat(e.get("details")).isEqualTo(Map.of("mfa_required", "true")));
  }

  @Test
  void givenThePolicy_whenAUserWithoutMfaLogsIn_thenTheyEnrolWithTheMfaTokenOnly() {
    CreatedUser user = Users.create(acme, aUser());
    Authenticator owner = Authenticator.enrol(acme.owner().accessToken()).app();
    requireMfa(acme.owner().accessToken()).statusCode(200);

    String mfaToken = challenge(acme.slug(), user.email(), "mfa_enrollment_required");
    as(mfaToken).get("/api/v1/users/me").then().statusCode(401);
    verify(mfaToken, "123456").statusCode(401).body("code", equalTo("invalid_token"));
    JsonPath setup =
        json()
            .body(Map.of("mfa_token", mfaToken))
            .post("/api/v1/auth/mfa/enroll")
            .then()
            .statusCode(200)
            .body("otpauth_uri", startsWith("otpauth://totp/"))
            .extract()
            .jsonPath();
    Authenticator app = Authenticator.of(setup.getString("secret"));
    confirm(mfaToken, "000000").statusCode(400).body("code", equalTo("invalid_mfa_code"));
    JsonPath enrolled = confirm(mfaToken, app.nextCode()).statusCode(200).extract().jsonPath();

    assertThat(enrolled.getList("recovery_codes")).hasSize(10);
    as(enrolled.getString("access_token"))
        .get("/api/v1/users/me")
        .then()
        .statusCode(200)
        .body("mfa_enabled", equalTo(true));
    confirm(mfaToken, app.nextCode()).statusCode(401).body("code", equalTo("invalid_token"));
    String next = challenge(acme.slug(), user.email(), "mfa_required");
    verify(next, app.nextCode()).statusCode(200);
    verify(challenge(acme.slug(), acme.ownerEmail(), "mfa_required"), owner.nextCode())
        .statusCode(200);
  }

  @Test
  void givenThePolicyTurnedOff_thenAUserWithoutMfaLogsInWithThePassword() {
    CreatedUser user = Users.create(acme, aUser());
    Authenticator owner = Authenticator.enrol(acme.owner().accessToken()).app();
    requireMfa(acme.owner().accessToken()).statusCode(200);
    challenge(acme.slug(), user.email(), "mfa_enrollment_required");

    String ownerToken =
        verify(challenge(acme.slug(), acme.ownerEmail(), "mfa_required"), owner.nextCode())
            .statusCode(200)
            .extract()
            .path("access_token");
    as(ownerToken)
        .body(Map.of("mfa_required", false))
        .patch(TENANT)
        .then()
        .statusCode(200)
        .body("mfa_required", equalTo(false));

    login(acme.slug(), user.email(), PASSWORD).statusCode(200);
  }

  private static io.restassured.response.ValidatableResponse requireMfa(String token) {
    return as(token).body(Map.of("mfa_required", true)).patch(TENANT).then();
  }

  private static io.restassured.response.ValidatableResponse confirm(String mfaToken, String code) {
    return json()
        .body(Map.of("mfa_token", mfaToken, "code", code))
        .post("/api/v1/auth/mfa/enroll/confirm")
        .then();
  }
}
