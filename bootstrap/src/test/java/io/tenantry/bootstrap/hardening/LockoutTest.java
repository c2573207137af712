package io.tenantry.bootstrap.hardening;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static io.tenantry.bootstrap.support.Api.as;
import static io.tenantry.bootstrap.support.Api.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.bootstrap.support.AuditEvents;
import io.tenantry.bootstrap.support.Concurrently;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lockout counter is atomic: parallel wrong guesses all count, and the lock engages once. */
@QuarkusTest
class LockoutTest {
  private CreatedTenant acme;

  @BeforeEach
  void createTenant() {
    acme = Tenants.create(aTenant());
  }

  @Test
  void givenTwentyParallelWrongGuesses_thenTheAccountIsLockedOnceUntilUnlocked() throws Exception {
    var user = Users.create(acme, aUser());

    List<Integer> statuses =
        Concurrently.statuses(
            20,
            () ->
                login(acme.slug(), user.email(), "a parallel wrong guess").extract().statusCode());

    assertThat(statuses).containsOnly(401);
    login(acme.slug(), user.email(), PASSWORD)
        .statusCode(401)
        .body("code", equalTo("invalid_credentials"));
    String owner = acme.owner().accessToken();
    as(owner).get("/api/v1/users/" + user.id()).then().body("locked_until", notNullValue());
    List<Map<String, Object>> locks = AuditEvents.ofType(owner, "auth.account.locked");
    assertThat(locks).hasSize(1);
    assertThat(locks.get(0)).containsEntry("target_id", user.id());
    as(owner).post("/api/v1/users/" + user.id() + "/unlock").then().statusCode(204);
    login(acme.slug(), user.email(), PASSWORD).statusCode(200);
  }

  @Test
  void givenWrongCurrentPasswordsOnChange_thenTheyCountTowardsTheLock() {
    var user = Users.create(acme, aUser());
    for (int i = 0; i < 5; i++) {
      as(user.token())
          .body(Map.of("current_password", "not it " + i, "new_password", "a brand new passphrase"))
          .post("/api/v1/auth/password/change")
          .then()
          .statusCode(400)
          .body("code", equalTo("invalid_credentials"));
    }

    login(acme.slug(), user.email(), PASSWORD).statusCode(401);
    as(user.token())
        .body(Map.of("current_password", PASSWORD, "new_password", "a brand new passphrase"))
        .post("/api/v1/auth/password/change")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_credentials"));
    assertThat(AuditEvents.ofType(acme.owner().accessToken(), "auth.account.locked")).hasSize(1);
  }

  @Test
  void givenACorrectCurrentPassword_thenTheFailuresBeforeAreForgotten() {
    var user = Users.create(acme, aUser());
    for (int i = 0; i < 4; i++) {
      login(acme.slug(), user.email(), "wrong " + i).statusCode(401);
    }
    as(user.token())
        .body(Map.of("current_password", PASSWORD, "new_password", "a brand new passphrase"))
        .post("/api/v1/auth/password/change")
        .then()
        .statusCode(204);

    login(acme.slug(), user.email(), "wrong again").statusCode(401);
    login(acme.slug(), user.email(), "a brand new passphrase").statusCode(200);
  }
}
