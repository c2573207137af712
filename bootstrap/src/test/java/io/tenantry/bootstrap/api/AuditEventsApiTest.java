package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static io.tenantry.bootstrap.support.Api.as;
import static io.tenantry.bootstrap.support.Api.json;
import static io.tenantry.bootstrap.support.AuditEvents.ofTenant;
import static io.tenantry.bootstrap.support.AuditEvents.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.AuditEvents;
import io.tenantry.bootstrap.support.Mailbox;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every action that api-v1 lists under Audit leaves its event, with who, from where, no secrets.
 */
@QuarkusTest
class AuditEventsApiTest {
  private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String WRONG = "not the password at all";
  private CreatedTenant acme;
  private String owner;

  @BeforeEach
  void createTenant() {
    acme = Tenants.create(aTenant());
    owner = acme.owner().accessToken();
  }

  private static Map<String, Object> only(List<Map<String, Object>> events) {
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private static void assertNoSecrets(String token) {
    String body = as(token).queryParam("size", 100).get(AuditEvents.AUDIT).asString();
    assertThat(body).doesNotContain(PASSWORD, WRONG, "$argon2", "refresh_token", "access_token");
  }

  @Test
  void shouldRecordFailedLoginsTheLockAndSuccessWithTheClient() {
    CreatedUser mel = Users.create(acme, aUser());
    for (int i = 0; i < 5; i++) {
      json()
          .header("User-Agent", "AuditTest/1.0")
          .header("traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01")
          .body(Map.of("tenant", acme.slug(), "email", mel.email(), "password", WRONG))
          .post("/api/v1/auth/login")
          .then()
          .statusCode(401);
    }
    Map<String, Object> failed = ofType(owner, "auth.login.failed").get(0);
    assertThat(failed)
        .containsEntry("actor_id", mel.id())
        .containsEntry("actor_email", mel.email())
        .containsEntry("target_type", "user")
        .containsEntry("target_id", mel.id())
        .containsEntry("user_agent", "AuditTest/1.0")
        .containsEntry("trace_id", TRACE)
        .containsEntry("details", Map.of("email", mel.email(), "reason", "wrong_password"));
    assertThat((String) failed.get("ip")).isNotBlank();
    assertThat(ofType(owner, "auth.login.failed")).hasSize(5);
    assertThat(only(ofType(owner, "auth.account.locked"))).containsEntry("target_id", mel.id());

    List<Map<String, Object>> logins = ofType(owner, "auth.login.succeeded");
    assertThat(logins).extracting(e -> e.get("actor_email")).contains(acme.ownerEmail());
    assertThat(logins.get(0).get("trace_id")).isNull();
    assertNoSecrets(owner);
  }

  @Test
  void shouldRecordLogoutsAndRefreshTokenReuse() {
    Api.Session second = Api.session(acme.slug(), acme.ownerEmail(), PASSWORD);
    json()
        .body(Map.of("refresh_token", second.refreshToken()))
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(200);
    json()
        .body(Map.of("refresh_token", second.refreshToken()))
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(401);
    assertThat(only(ofType(owner, "auth.token.reuse_detected")))
        .containsEntry("target_type", "user")
        .containsEntry("actor_id", null);

    Api.Session third = Api.session(acme.slug(), acme.ownerEmail(), PASSWORD);
    json()
        .body(Map.of("refresh_token", third.refreshToken()))
        .post("/api/v1/auth/logout")
        .then()
        .statusCode(204);
    as(owner).post("/api/v1/auth/logout-all").then().statusCode(204);

    String fresh = Api.session(acme.slug(), acme.ownerEmail(), PASSWORD).accessToken();
    assertThat(ofType(fresh, "auth.logout"))
        .extracting(e -> (Object) ((Map<?, ?>) e.get("details")).get("scope"))
        .containsExactly("all", "session");
    assertNoSecrets(fresh);
  }

  @Test
  void shouldRecordPasswordChangesAndResets() {
    CreatedUser mel = Users.create(acme, aUser());
    String newPassword = "another sound passphrase 5";
    as(mel.token())
        .body(Map.of("current_password", PASSWORD, "new_password", newPassword))
        .post("/api/v1/auth/password/change")
        .then()
        .statusCode(204);
    assertThat(only(ofType(owner, "auth.password.changed"))).containsEntry("actor_id", mel.id());

    json()
        .body(Map.of("tenant", acme.slug(), "email", mel.email()))
        .post("/api/v1/auth/password/forgot")
        .then()
        .statusCode(202);
    String token = Mailbox.awaitToken(mel.email(), "Reset your");
    json()
        .body(Map.of("token", token, "new_password", "yet another passphrase 6"))
        .post("/api/v1/auth/password/reset")
        .then()
        .statusCode(204);
    assertThat(only(ofType(owner, "auth.password.reset"))).containsEntry("target_id", mel.id());
    String body = as(owner).get(AuditEvents.AUDIT).asString();
    assertThat(body).doesNotContain(newPassword, "yet another passphrase 6", token);
  }

  @Test
  void shouldRecordTheLifeOfAUser() {
    CreatedUser mel = Users.create(acme, aUser());
    String path = "/api/v1/users/" + mel.id();
    as(owner).body(Map.of("roles", List.of("admin"))).put(path + "/roles").then().statusCode(200);
    as(owner).body(Map.of("status", "disabled")).patch(path).then().statusCode(200);
    as(owner).body(Map.of("status", "active")).patch(path).then().statusCode(200);
    as(owner).delete(path).then().statusCode(204);

    assertThat(only(ofType(owner, "user.created")))
        .containsEntry("target_id", mel.id())
        .containsEntry("actor_email", acme.ownerEmail());
    assertThat(ofType(owner, "user.updated"))
        .extracting(e -> e.get("details"))
        .contains(Map.of("change", "invitation_accepted"), Map.of("status", "active"));
    assertThat(only(ofType(owner, "user.roles.changed")))
        .containsEntry("details", Map.of("from", "member", "to", "admin"));
    assertThat(only(ofType(owner, "user.disabled"))).containsEntry("target_id", mel.id());
    assertThat(only(ofType(owner, "user.deleted")))
        .containsEntry("target_id", mel.id())
        .containsEntry("actor_email", acme.ownerEmail())
        .containsEntry("details", Map.of("self", "false"));
  }

  @Test
  void shouldRecordTheLifeOfATenant() {
    assertThat(only(ofType(owner, "tenant.created")))
        .containsEntry("target_id", acme.id())
        .containsEntry("actor_email", Api.ADMIN_EMAIL);
    as(owner)
        .body(Map.of("name", "Acme Renamed"))
        .patch("/api/v1/tenants/current")
        .then()
        .statusCode(200);
    assertThat(only(ofType(owner, "tenant.updated")))
        .containsEntry("details", Map.of("name", "Acme Renamed"));

    as(Api.admin().accessToken())
        .body(Map.of("status", "suspended"))
        .patch("/api/v1/admin/tenants/" + acme.id())
        .then()
        .statusCode(200);
    assertThat(only(ofTenant(acme.slug(), "tenant.suspended")))
        .containsEntry("actor_email", Api.ADMIN_EMAIL)
        .containsEntry("target_id", acme.id());
  }
}
