package io.tenantry.bootstrap.hardening;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static io.tenantry.bootstrap.support.Api.as;
import static io.tenantry.bootstrap.support.Api.json;
import static io.tenantry.bootstrap.support.Api.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.bootstrap.support.Mailbox;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A self-registered stranger cannot log in (and so cannot read the directory) before verifying. */
@QuarkusTest
class SelfRegistrationTest {

  @Test
  void givenASelfRegisteredUser_whenLoggingInBeforeVerifying_thenTheGeneric401() {
    CreatedTenant acme = Tenants.create(aTenant());
    as(acme.owner().accessToken())
        .body(Map.of("self_registration", true))
        .patch("/api/v1/tenants/current")
        .then()
        .statusCode(200);
    String email = "stranger-" + acme.slug() + "@acme.test";
    json()
        .body(
            Map.of(
                "tenant", acme.slug(), "email", email, "password", PASSWORD, "display_name", "S"))
        .post("/api/v1/auth/register")
        .then()
        .statusCode(201);

    Map<String, Object> refused =
        login(acme.slug(), email, PASSWORD).statusCode(401).extract().jsonPath().getMap("");
    Map<String, Object> wrong =
        login(acme.slug(), email, "not the password")
            .statusCode(401)
            .extract()
            .jsonPath()
            .getMap("");
    for (int i = 0; i < 5; i++) {
      // Right passwords before verifying must not add up to a lockout.
      login(acme.slug(), email, PASSWORD).statusCode(401);
    }
    refused.remove("instance");
    wrong.remove("instance");
    assertThat(refused).isEqualTo(wrong).containsEntry("code", "invalid_credentials");

    String token = Mailbox.awaitToken(email, "Confirm your e-mail address");
    json().body(Map.of("token", token)).post("/api/v1/auth/verify-email").then().statusCode(204);
    login(acme.slug(), email, PASSWORD).statusCode(200);
  }

  @Test
  void givenAnAdminCreatedOwnerAndAnInvitedUser_thenNoVerificationIsNeeded() {
    CreatedTenant acme = Tenants.create(aTenant());
    login(acme.slug(), acme.ownerEmail(), PASSWORD).statusCode(200);
    var invited = io.tenantry.bootstrap.support.Users.create(acme, aUser());
    login(acme.slug(), invited.email(), PASSWORD).statusCode(200);
  }
}
