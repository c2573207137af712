package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.as;
import static io.tenantry.bootstrap.support.Api.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.AuditEvents;
import io.tenantry.bootstrap.support.Database;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An administrator's {@code DELETE /api/v1/users/{id}}: the audit trail keeps the event under the
 * user's id, never their address, and still verifies; every credential of the user stops at once.
 */
@QuarkusTest
class UserDeletionApiTest {
  private CreatedTenant acme;
  private String owner;
  private String schema;

  @BeforeEach
  void tenant() {
    acme = Tenants.create(aTenant());
    owner = acme.owner().accessToken();
    schema = AuditEvents.schemaOf(acme.slug());
  }

  @Test
  void shouldKeepTheEventUnderAPseudonymAndStopEveryCredentialOfTheUser() {
    CreatedUser mel = Users.create(acme, aUser());
    String key =
        as(mel.token())
            .body(Map.of("name", "laptop script"))
            .post("/api/v1/users/me/api-keys")
            .then()
            .statusCode(201)
            .extract()
            .path("key");
    as(key).get("/api/v1/users/me").then().statusCode(200);
    long before = lastSeq();

    as(owner).delete("/api/v1/users/" + mel.id()).then().statusCode(204);
    long deletion = lastSeq();

    login(acme.slug(), mel.email(), Api.PASSWORD).statusCode(401);
    as(mel.token()).get("/api/v1/users/me").then().statusCode(401);
    as(key).get("/api/v1/users/me").then().statusCode(401);
    Api.json()
        .body(Map.of("refresh_token", mel.session().refreshToken()))
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(401);

    assertThat(
            Database.count(
                "select count(*) from "
                    + schema
                    + ".audit_events where type = 'user.deleted' and target_type = 'user'"
                    + " and target_id = ? and actor_email = ? and details = '{\"self\": \"false\"}'",
                mel.id(),
                acme.ownerEmail()))
        .as("the event is kept, by the user's id and the admin who did it")
        .isEqualTo(1);
    assertThat(
            Database.count(
                "select count(*) from "
                    + schema
                    + ".audit_events e where seq > ? and seq <= ?"
                    + " and position(lower(?) in lower(e::text)) > 0",
                before,
                deletion,
                mel.email()))
        .as("no row the deletion wrote holds the address")
        .isZero();
    assertThat(AuditEvents.verification(owner).getBoolean("valid")).isTrue();
    assertThat(deletion).as("the deletion was recorded").isGreaterThan(before);
    assertThat(count("users", "id", mel.id())).isZero();
    assertThat(count("api_keys", "user_id", mel.id())).isZero();
    assertThat(count("refresh_tokens", "user_id", mel.id())).isZero();
  }

  @Test
  void shouldNotKeepTheAddressOfAnAdminWhoDeletesThemselvesThroughTheAdminRoute() {
    CreatedUser ada = Users.create(acme, aUser().withRoles("admin"));
    long before = lastSeq();

    as(ada.token()).delete("/api/v1/users/" + ada.id()).then().statusCode(204);
    long deletion = lastSeq();

    assertThat(
            Database.count(
                "select count(*) from "
                    + schema
                    + ".audit_events where type = 'user.deleted' and target_id = ?"
                    + " and actor_id = ?::uuid and actor_email is null"
                    + " and details = '{\"self\": \"true\"}'",
                ada.id(),
                ada.id()))
        .isEqualTo(1);
    assertThat(
            Database.count(
                "select count(*) from "
                    + schema
                    + ".audit_events e where seq > ? and seq <= ?"
                    + " and position(lower(?) in lower(e::text)) > 0",
                before,
                deletion,
                ada.email()))
        .isZero();
    assertThat(AuditEvents.verification(owner).getBoolean("valid")).isTrue();
  }

  private long lastSeq() {
    return Database.count("select coalesce(max(seq), 0) from " + schema + ".audit_events");
  }

  private long count(String table, String column, String id) {
    return Database.count(
        "select count(*) from " + schema + "." + table + " where " + column + " = ?::uuid", id);
  }
}
