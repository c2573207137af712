package io.tenantry.bootstrap.console;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static io.tenantry.bootstrap.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.bootstrap.console.ConsoleForms.Signed;
import io.tenantry.bootstrap.support.OAuth;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console's one-button changes to a user and its deletions over plain HTTP: each goes back to
 * its page saying what was done, and a deletion waits for its box to be ticked.
 */
@QuarkusTest
class ConsoleChangesTest {
  private CreatedTenant acme;
  private CreatedUser member;
  private Signed owner;

  @BeforeEach
  void signInAsOwner() {
    acme = Tenants.create(aTenant().withName("Acme Corp"));
    member = Users.create(acme, aUser().withRoles("member"));
    owner = ConsoleForms.signedIn(acme.slug(), acme.ownerEmail(), PASSWORD);
  }

  @Test
  void shouldUnlockResetTheSecondFactorAndSignOutAUserEachBackOnTheirPage() {
    String page = "/console/users/" + member.id();

    owner
        .post(page + "/unlock")
        .then()
        .statusCode(303)
        .header("Location", endsWith("?done=unlocked"));
    owner
        .post(page + "/mfa-reset")
        .then()
        .statusCode(303)
        .header("Location", endsWith("?done=mfa"));
    owner
        .post(page + "/sessions-revoke")
        .then()
        .statusCode(303)
        .header("Location", endsWith(page + "?done=sessions"));
    owner.post(page + "/something-else").then().statusCode(404);
  }

  @Test
  void shouldDeleteARoleOnlyOnceTheBoxIsTicked() {
    as(acme.owner().accessToken())
        .body(Map.of("name", "support", "permissions", List.of("users:read")))
        .post("/api/v1/roles")
        .then()
        .statusCode(201);

    owner
        .post("/console/roles/support/delete")
        .then()
        .statusCode(400)
        .body(containsString("Tick the box to confirm the deletion."));
    as(acme.owner().accessToken()).get("/api/v1/roles/support").then().statusCode(200);
    owner.post("/console/roles/no-such-role/delete", "confirm", "true").then().statusCode(404);

    owner
        .post("/console/roles/support/delete", "confirm", "true")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/console/roles?done=deleted"));
    as(acme.owner().accessToken()).get("/api/v1/roles/support").then().statusCode(404);
  }

  @Test
  void shouldDeleteAClientOnlyOnceTheBoxIsTickedAndNeverAnUnknownOne() {
    String client = OAuth.confidential(acme.owner().accessToken()).id();

    owner
        .post("/console/clients/" + client + "/delete")
        .then()
        .statusCode(400)
        .body(containsString("Tick the box beside Delete to confirm."));
    owner.post("/console/clients/bad!id/delete").then().statusCode(404);
    as(acme.owner().accessToken()).get("/api/v1/clients/" + client).then().statusCode(200);

    owner
        .post("/console/clients/" + client + "/delete", "confirm", "true")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/console/clients?done=deleted"));
    as(acme.owner().accessToken()).get("/api/v1/clients/" + client).then().statusCode(404);
  }

  @Test
  void shouldDeleteAWebhookOnlyOnceTheBoxIsTicked() {
    String hook =
        as(acme.owner().accessToken())
            .body(Map.of("url", "http://127.0.0.1:9/hooks", "events", List.of("user.created")))
            .post("/api/v1/webhooks")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    owner
        .post("/console/webhooks/" + hook + "/delete")
        .then()
        .statusCode(400)
        .body(containsString("Tick the box to confirm the deletion."));
    as(acme.owner().accessToken()).get("/api/v1/webhooks/" + hook).then().statusCode(200);

    owner
        .post("/console/webhooks/" + hook + "/delete", "confirm", "true")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/console/webhooks?done=deleted"));
    as(acme.owner().accessToken()).get("/api/v1/webhooks/" + hook).then().statusCode(404);
  }
}
