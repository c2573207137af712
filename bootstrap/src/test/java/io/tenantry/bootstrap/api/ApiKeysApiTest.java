package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.AuditEvents;
import io.tenantry.bootstrap.support.Database;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeysApiTest {
  private static final String KEYS = "/api/v1/users/me/api-keys";

  private CreatedTenant acme;
  private String owner;

  @BeforeEach
  void tenant() {
    acme = Tenants.create(aTenant());
    owner = acme.owner().accessToken();
  }

  @Test
  void shouldShowTheKeyOnceStoreOnlyItsHashAndListAndRevokeIt() throws Exception {
    JsonPath created = create(owner, Map.of("name", "ci job"));
    String key = created.getString("key");
    assertThat(key).matches("tnt_[A-Za-z0-9_-]{65}").startsWith(created.getString("prefix"));

    as(owner)
        .get(KEYS)
        .then()
        .statusCode(200)
        .body("[0].id", equalTo(created.getString("id")))
        .body("[0].name", equalTo("ci job"))
        .body("[0]", not(hasKey("key")));
    String schema = "t_" + acme.slug().replace('-', '_');
    assertThat(
            Database.count(
                "select count(*) from " + schema + ".api_keys where key_hash = ?", sha256(key)))
        .as("only the SHA-256 of the key is stored")
        .isEqualTo(1);
    assertThat(
            Database.count(
                "select count(*) from " + schema + ".api_keys t where position(? in t::text) > 0",
                key.substring(12)))
        .as("the key's secret appears nowhere in its row")
        .isZero();
    assertThat(AuditEvents.ofType(owner, "api_key.created")).hasSize(1);

    as(key)
        .get("/api/v1/users/me")
        .then()
        .statusCode(200)
        .body("email", equalTo(acme.ownerEmail()));
    as(owner).get(KEYS).then().body("[0].last_used_at", notNullValue());

    as(owner).delete(KEYS + "/" + created.getString("id")).then().statusCode(204);
    as(key).get("/api/v1/users/me").then().statusCode(401).header("WWW-Authenticate", "Bearer");
    as(owner).get(KEYS).then().statusCode(200).body("size()", equalTo(0));
    assertThat(AuditEvents.ofType(owner, "api_key.revoked")).hasSize(1);
    assertThat(AuditEvents.ofType(owner, "auth.api_key_failed"))
        .singleElement()
        .extracting(e -> ((Map<?, ?>) e.get("details")).get("reason"))
        .isEqualTo("revoked");
  }

  @Test
  void shouldActWithAtMostTheKeysRolesEvenWhenTheUserHoldsMore() {
    String member =
        create(owner, Map.of("name", "read only", "roles", List.of("member"))).getString("key");

    as(member).get("/api/v1/users").then().statusCode(200);
    as(member)
        .body(Map.of("email", "x@acme.test", "display_name", "X", "roles", List.of("member")))
        .post("/api/v1/users")
        .then()
        .statusCode(403);
    as(member)
        .body(Map.of("name", "Renamed"))
        .patch("/api/v1/tenants/current")
        .then()
        .statusCode(403);
    as(owner)
        .body(Map.of("name", "Renamed"))
        .patch("/api/v1/tenants/current")
        .then()
        .statusCode(200);
  }

  @Test
  void shouldNeverGrantAKeyMoreThanTheUserHoldsNow() {
    CreatedUser admin = Users.create(acme, aUser().withRoles("admin"));
    as(admin.token())
        .body(Map.of("name", "too much", "roles", List.of("owner")))
        .post(KEYS)
        .then()
        .statusCode(400)
        .body("code", equalTo("validation_failed"));
    String key = create(admin.token(), Map.of("name", "all mine")).getString("key");
    as(key).get("/api/v1/audit-events").then().statusCode(200);

    as(owner)
        .body(Map.of("roles", List.of("member")))
        .put("/api/v1/users/" + admin.id() + "/roles")
        .then()
        .statusCode(200);

    as(key).get("/api/v1/audit-events").then().statusCode(403);
    as(key).get("/api/v1/users/me").then().statusCode(200);
  }

  @Test
  void shouldStopAtOnceWhenTheUserIsDisabledOrTheTenantSuspended() {
    CreatedUser user = Users.create(acme, aUser());
    String key = create(user.token(), Map.of("name", "mine")).getString("key");
    as(key).get("/api/v1/users/me").then().statusCode(200);

    as(owner)
        .body(Map.of("status", "disabled"))
        .patch("/api/v1/users/" + user.id())
        .then()
        .statusCode(200);
    as(key).get("/api/v1/users/me").then().statusCode(401);
    as(owner)
        .body(Map.of("status", "active"))
        .patch("/api/v1/users/" + user.id())
        .then()
        .statusCode(200);
    as(key).get("/api/v1/users/me").then().statusCode(200);

    String admin = Api.admin().accessToken();
    as(admin)
        .body(Map.of("status", "suspended"))
        .patch("/api/v1/admin/tenants/" + acme.id())
        .then()
        .statusCode(200);
    as(key)
        .get("/api/v1/users/me")
        .then()
        .statusCode(403)
        .body("code", equalTo("tenant_suspended"));
    as(admin)
        .body(Map.of("status", "active"))
        .patch("/api/v1/admin/tenants/" + acme.id())
        .then()
        .statusCode(200);
    as(key).get("/api/v1/users/me").then().statusCode(200);

    as(owner).delete("/api/v1/users/" + user.id()).then().statusCode(204);
    as(key).get("/api/v1/users/me").then().statusCode(401);
  }

  @Test
  void shouldKeepAKeyInsideItsTenant() {
    CreatedTenant other = Tenants.create(aTenant());
    String otherOwnerId =
        as(other.owner().accessToken()).get("/api/v1/users/me").then().extract().path("id");
    String key = create(owner, Map.of("name", "acme only")).getString("key");

    as(key).get("/api/v1/users/" + otherOwnerId).then().statusCode(404);
    String otherTenantPart =
        create(other.owner().accessToken(), Map.of("name", "other")).getString("key").substring(47);
    String forged = key.substring(0, 47) + otherTenantPart;
    as(forged).get("/api/v1/users/me").then().statusCode(401);
    as("tnt_garbage").get("/api/v1/users/me").then().statusCode(401);
  }

  @Test
  void shouldNeedAPersonForPasswordChangeAndNewKeys() {
    String key = create(owner, Map.of("name", "script")).getString("key");

    as(key)
        .body(Map.of("current_password", Api.PASSWORD, "new_password", "a brand new passphrase"))
        .post("/api/v1/auth/password/change")
        .then()
        .statusCode(403);
    as(key).body(Map.of("name", "another")).post(KEYS).then().statusCode(403);
    as(key).get(KEYS).then().statusCode(200);
  }

  @Test
  void shouldLetAdministratorsListAndRevokeAUsersKeysButNotMembers() {
    CreatedUser user = Users.create(acme, aUser());
    String id = create(user.token(), Map.of("name", "user key")).getString("id");
    String key = as(user.token()).get(KEYS).then().extract().path("[0].prefix");

    as(user.token()).get("/api/v1/users/" + user.id() + "/api-keys").then().statusCode(403);
    as(owner)
        .get("/api/v1/users/" + user.id() + "/api-keys")
        .then()
        .statusCode(200)
        .body("id", hasItem(id))
        .body("prefix", hasItem(key));
    as(owner).delete("/api/v1/users/" + user.id() + "/api-keys/" + id).then().statusCode(204);
    as(user.token()).get(KEYS).then().body("size()", equalTo(0));
    as(owner).delete("/api/v1/users/" + user.id() + "/api-keys/" + id).then().statusCode(404);
  }

  private static JsonPath create(String token, Map<String, Object> body) {
    return as(token)
        .body(body)
        .post(KEYS)
        .then()
        .statusCode(201)
        .body("key", matchesPattern("tnt_.*"))
        .extract()
        .jsonPath();
  }

  private static String sha256(String value) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
  }
}
