package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static io.tenantry.bootstrap.support.Api.as;
import static io.tenantry.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.Api.Session;
import io.tenantry.bootstrap.support.AuditEvents;
import io.tenantry.bootstrap.support.Database;
import io.tenantry.bootstrap.support.Mailbox;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionsApiTest {
  private static final String NEW_PASSWORD = "another sturdy passphrase";
  private CreatedTenant acme;
  private CreatedUser user;
  private Session deviceA;
  private Session deviceB;

  @BeforeEach
  void twoDevices() {
    acme = Tenants.create(aTenant());
    user = Users.create(acme, aUser());
    deviceA = Api.session(acme.slug(), user.email(), PASSWORD);
    deviceB = Api.session(acme.slug(), user.email(), PASSWORD);
  }

  @Test
  void shouldEndEveryOtherSessionOnPasswordChangeButTheCallersOwn() {
    as(deviceA.accessToken())
        .body(Map.of("current_password", PASSWORD, "new_password", NEW_PASSWORD))
        .post("/api/v1/auth/password/change")
        .then()
        .statusCode(204);

    assertDead(deviceB);
    as(deviceA.accessToken()).get("/api/v1/users/me").then().statusCode(200);
    Session refreshedA = refresh(deviceA.refreshToken());
    as(refreshedA.accessToken()).get("/api/v1/users/me").then().statusCode(200);
    assertThat(sid(refreshedA)).as("refresh keeps the session").isEqualTo(sid(deviceA));
    List<Map<String, Object>> revoked =
        AuditEvents.ofType(acme.owner().accessToken(), "auth.session.revoked");
    assertThat(revoked)
        .as("one audit row per ended session, like the other session-ending paths")
        .extracting(event -> (Object) ((Map<?, ?>) event.get("details")).get("session_id"))
        .containsExactlyInAnyOrder(sid(deviceB), sid(user.session()));
    assertThat(revoked)
        .extracting(event -> (Object) ((Map<?, ?>) event.get("details")).get("scope"))
        .containsOnly("all_others");
    assertThat(revoked)
        .extracting(event -> (Object) event.get("target_id"))
        .containsOnly(user.id());
  }

  @Test
  void shouldEndEverySessionOnPasswordReset() {
    String reset = requestReset(1);

    json()
        .body(Map.of("token", reset, "new_password", NEW_PASSWORD))
        .post("/api/v1/auth/password/reset")
        .then()
        .statusCode(204);

    assertDead(deviceA);
    assertDead(deviceB);
  }

  @Test
  void shouldKillAnOlderResetLinkWhenANewerOneIsIssued() {
    String first = requestReset(1);
    String second = requestReset(2);

    json()
        .body(Map.of("token", first, "new_password", NEW_PASSWORD))
        .post("/api/v1/auth/password/reset")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_token"));
    json()
        .body(Map.of("token", second, "new_password", NEW_PASSWORD))
        .post("/api/v1/auth/password/reset")
        .then()
        .statusCode(204);
  }

  @Test
  void shouldListOwnSessionsMarkingTheCurrentOne() {
    List<Map<String, Object>> sessions =
        as(deviceA.accessToken())
            .header("User-Agent", "device-a")
            .get("/api/v1/users/me/sessions")
            .then()
            .statusCode(200)
            .body("$", hasSize(3))
            .extract()
            .jsonPath()
            .getList("$");

    assertThat(sessions)
        .extracting(s -> s.get("id"))
        .as("the two devices and the login that created the user")
        .containsExactlyInAnyOrder(sid(deviceA), sid(deviceB), sid(user.session()));
    assertThat(sessions)
        .allSatisfy(
            s ->
                assertThat(s)
                    .containsKeys(
                        "created_at", "last_used_at", "ip", "user_agent", "client_id", "current")
                    .containsEntry("client_id", null));
    assertThat(sessions)
        .filteredOn(s -> Boolean.TRUE.equals(s.get("current")))
        .extracting(s -> s.get("id"))
        .containsExactly(sid(deviceA));
  }

  @Test
  void shouldStopARevokedSessionsAccessTokenOnTheNextCall() {
    as(deviceB.accessToken()).get("/api/v1/users/me").then().statusCode(200);

    as(deviceA.accessToken())
        .delete("/api/v1/users/me/sessions/" + sid(deviceB))
        .then()
        .statusCode(204);

    assertDead(deviceB);
    as(deviceA.accessToken()).get("/api/v1/users/me").then().statusCode(200);
    as(deviceA.accessToken())
        .delete("/api/v1/users/me/sessions/" + sid(deviceB))
        .then()
        .statusCode(404);
    as(acme.owner().accessToken())
        .delete("/api/v1/users/me/sessions/" + sid(deviceA))
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"));
    as(acme.owner().accessToken())
        .get("/api/v1/audit-events?type=auth.session.revoked")
        .then()
        .statusCode(200)
        .body("items[0].details.session_id", equalTo(sid(deviceB)))
        .body("items[0].target_id", equalTo(user.id()));
  }

  @Test
  void shouldLetAnAdministratorListAndEndAUsersSessions() {
    String owner = acme.owner().accessToken();
    as(owner)
        .get("/api/v1/users/" + user.id() + "/sessions")
        .then()
        .statusCode(200)
        .body("$", hasSize(3))
        .body("current", equalTo(List.of(false, false, false)));
    as(deviceA.accessToken())
        .delete("/api/v1/users/" + user.id() + "/sessions")
        .then()
        .statusCode(403);
    as(deviceA.accessToken())
        .get("/api/v1/users/" + user.id() + "/sessions")
        .then()
        .statusCode(403);
    CreatedTenant other = Tenants.create(aTenant());
    as(other.owner().accessToken())
        .get("/api/v1/users/" + user.id() + "/sessions")
        .then()
        .statusCode(404);
    as(other.owner().accessToken())
        .delete("/api/v1/users/" + user.id() + "/sessions")
        .then()
        .statusCode(404);

    as(owner).delete("/api/v1/users/" + user.id() + "/sessions").then().statusCode(204);

    assertDead(deviceA);
    assertDead(deviceB);
    assertDead(user.session());
    as(owner).get("/api/v1/users/" + user.id() + "/sessions").then().body("$", hasSize(0));
  }

  @Test
  void shouldRefuseARefreshPastTheSessionsAbsoluteLifetime() {
    setSessionEnd(deviceA, "now() + interval '1 hour'");
    Session refreshed = refresh(deviceA.refreshToken());
    json()
        .body(Map.of("refresh_token", refreshed.refreshToken()))
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(200)
        .body("refresh_expires_in", lessThanOrEqualTo(3600))
        .body("expires_in", lessThanOrEqualTo(900));

    setSessionEnd(deviceB, "now() - interval '1 second'");

    json()
        .body(Map.of("refresh_token", deviceB.refreshToken()))
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(401);
  }

  @Test
  void shouldRefuseARefreshChainOfAnOlderSecurityVersion() {
    // What a login racing a password reset leaves behind: a chain the user's version has passed.
    Database.execute(
        "update "
            + schema()
            + ".users set security_version = security_version + 1 where id = '"
            + user.id()
            + "'");
    Database.execute(
        "update "
            + schema()
            + ".refresh_tokens set security_version = security_version + 1"
            + " where family_id = '"
            + sid(deviceA)
            + "'");

    refresh(deviceA.refreshToken());
    json()
        .body(Map.of("refresh_token", deviceB.refreshToken()))
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(401);
  }

  private String requestReset(int mails) {
    json()
        .body(Map.of("tenant", acme.slug(), "email", user.email()))
        .post("/api/v1/auth/password/forgot")
        .then()
        .statusCode(202);
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                Mailbox.to(user.email()).stream()
                        .filter(m -> Mailbox.subjectOf(m).contains("Reset your"))
                        .count()
                    == mails);
    return Mailbox.awaitToken(user.email(), "Reset your");
  }

  private void setSessionEnd(Session session, String end) {
    Database.execute(
        "update "
            + schema()
            + ".refresh_tokens set session_expires_at = "
            + end
            + " where family_id = '"
            + sid(session)
            + "'");
  }

  private String schema() {
    return "t_" + acme.slug().replace('-', '_');
  }

  private static Session refresh(String refreshToken) {
    JsonPath body =
        json()
            .body(Map.of("refresh_token", refreshToken))
            .post("/api/v1/auth/refresh")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    return new Session(body.getString("access_token"), body.getString("refresh_token"));
  }

  private static void assertDead(Session session) {
    as(session.accessToken()).get("/api/v1/users/me").then().statusCode(401);
    json()
        .body(Map.of("refresh_token", session.refreshToken()))
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(401);
  }

  private static String sid(Session session) {
    String payload = session.accessToken().split("\\.")[1];
    String claims = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
    String sid = JsonPath.from(claims).getString("sid");
    return UUID.fromString(sid).toString();
  }
}
