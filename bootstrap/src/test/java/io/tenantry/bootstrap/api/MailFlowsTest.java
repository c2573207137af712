package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static io.tenantry.bootstrap.support.Api.as;
import static io.tenantry.bootstrap.support.Api.json;
import static io.tenantry.bootstrap.support.Api.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.Database;
import io.tenantry.bootstrap.support.Mailbox;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MailFlowsTest {
  private static final String NEW_PASSWORD = "another sturdy passphrase";
  private CreatedTenant acme;

  @BeforeEach
  void createTenant() {
    acme = Tenants.create(aTenant().withName("Acme Mail Corp"));
  }

  @Test
  void shouldSendAnInvitationWithTextHtmlAndAStableMessageId() throws Exception {
    CreatedUser invited = Users.invite(acme, aUser());
    MimeMessage mail = Mailbox.await(invited.email(), "invited");

    assertThat(Mailbox.subjectOf(mail)).isEqualTo("You are invited to Acme Mail Corp");
    assertThat(mail.getFrom()[0].toString()).isEqualTo("no-reply@localhost");
    assertThat(mail.getContentType()).startsWith("multipart/");
    String body = Mailbox.text(mail);
    assertThat(body)
        .contains("Acme Mail Corp")
        .contains("<a href=")
        .contains("text/html")
        .contains("text/plain");
    assertThat(Mailbox.linkIn(mail)).startsWith("http://localhost:8080/accept-invitation?token=");
    String outboxId = mail.getMessageID().substring(1, mail.getMessageID().indexOf('@'));
    // The server has the mail before the dispatcher's transaction marking it sent commits.
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        Database.count(
                            "select count(*) from control.mail_outbox where id = ?::uuid"
                                + " and status = 'sent' and payload = '{}'::jsonb",
                            outboxId))
                    .as("sent, and the link scrubbed from the outbox")
                    .isEqualTo(1));
  }

  @Test
  void shouldRegisterOnlyWhereTheTenantAllowsItAndVerifyTheAddress() {
    Map<String, Object> registration =
        Map.of(
            "tenant",
            acme.slug(),
            "email",
            "reg@acme.test",
            "password",
            PASSWORD,
            "display_name",
            "Reggie");
    json()
        .body(registration)
        .post("/api/v1/auth/register")
        .then()
        .statusCode(403)
        .body("code", equalTo("registration_closed"));

    as(acme.owner().accessToken())
        .body(Map.of("self_registration", true))
        .patch("/api/v1/tenants/current")
        .then()
        .statusCode(200);
    json()
        .body(registration)
        .post("/api/v1/auth/register")
        .then()
        .statusCode(201)
        .body("status", equalTo("active"))
        .body("email_verified", equalTo(false))
        .body("roles[0]", equalTo("member"));
    json()
        .body(registration)
        .post("/api/v1/auth/register")
        .then()
        .statusCode(409)
        .body("code", equalTo("email_taken"));

    String token =
        Mailbox.awaitToken("reg@acme.test", "Confirm your e-mail address for Acme Mail Corp");
    json().body(Map.of("token", token)).post("/api/v1/auth/verify-email").then().statusCode(204);
    json()
        .body(Map.of("token", token))
        .post("/api/v1/auth/verify-email")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_token"));
    String access = Api.session(acme.slug(), "reg@acme.test", PASSWORD).accessToken();
    as(access).get("/api/v1/users/me").then().body("email_verified", equalTo(true));
  }

  @Test
  void shouldAcceptForgotPasswordForAnyAddressButMailOnlyRealAccounts() {
    String unknown = "ghost-" + System.nanoTime() + "@acme.test";
    json()
        .body(Map.of("tenant", acme.slug(), "email", unknown))
        .post("/api/v1/auth/password/forgot")
        .then()
        .statusCode(202);
    json()
        .body(Map.of("tenant", "no-such-tenant", "email", unknown))
        .post("/api/v1/auth/password/forgot")
        .then()
        .statusCode(202);
    CreatedUser user = Users.create(acme, aUser());
    json()
        .body(Map.of("tenant", acme.slug(), "email", user.email()))
        .post("/api/v1/auth/password/forgot")
        .then()
        .statusCode(202);

    String token = Mailbox.awaitToken(user.email(), "Reset your Acme Mail Corp password");
    assertThat(Mailbox.to(unknown)).isEmpty();

    json()
        .body(Map.of("token", token, "new_password", "short"))
        .post("/api/v1/auth/password/reset")
        .then()
        .statusCode(400)
        .body("code", equalTo("weak_password"));
    json()
        .body(Map.of("token", token, "new_password", NEW_PASSWORD))
        .post("/api/v1/auth/password/reset")
        .then()
        .statusCode(204);
    json()
        .body(Map.of("token", token, "new_password", NEW_PASSWORD))
        .post("/api/v1/auth/password/reset")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_token"));

    login(acme.slug(), user.email(), PASSWORD).statusCode(401);
    login(acme.slug(), user.email(), NEW_PASSWORD).statusCode(200);
    as(user.token()).get("/api/v1/users/me").then().statusCode(401);
    json()
        .body(Map.of("refresh_token", user.session().refreshToken()))
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(401);
  }

  @Test
  void shouldChangeThePasswordOnlyWithTheCurrentOne() {
    CreatedUser user = Users.create(acme, aUser());
    as(user.token())
        .body(Map.of("current_password", "not my password at all", "new_password", NEW_PASSWORD))
        .post("/api/v1/auth/password/change")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_credentials"));
    as(user.token())
        .body(Map.of("current_password", PASSWORD, "new_password", "password1234"))
        .post("/api/v1/auth/password/change")
        .then()
        .statusCode(400)
        .body("code", equalTo("weak_password"));
    as(user.token())
        .body(Map.of("current_password", PASSWORD, "new_password", NEW_PASSWORD))
        .post("/api/v1/auth/password/change")
        .then()
        .statusCode(204);
    login(acme.slug(), user.email(), NEW_PASSWORD).statusCode(200);
    json()
        .body(Map.of("current_password", PASSWORD, "new_password", NEW_PASSWORD))
        .post("/api/v1/auth/password/change")
        .then()
        .statusCode(401);
  }

  @Test
  void shouldRefuseExpiredTokensOfEveryKind() {
    CreatedUser invited = Users.invite(acme, aUser());
    String invitation = Mailbox.awaitToken(invited.email(), "invited");
    CreatedUser user = Users.create(acme, aUser());
    json()
        .body(Map.of("tenant", acme.slug(), "email", user.email()))
        .post("/api/v1/auth/password/forgot")
        .then()
        .statusCode(202);
    String reset = Mailbox.awaitToken(user.email(), "Reset your");
    expireAllOneTimeTokens();

    json()
        .body(Map.of("token", invitation, "password", PASSWORD, "display_name", "Late"))
        .post("/api/v1/auth/invitations/accept")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_token"));
    json()
        .body(Map.of("token", reset, "new_password", NEW_PASSWORD))
        .post("/api/v1/auth/password/reset")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_token"));
    json()
        .body(Map.of("token", invitation))
        .post("/api/v1/auth/verify-email")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_token"));
  }

  @Test
  void shouldDeliverExactlyOnceAfterAnSmtpOutage() {
    io.tenantry.bootstrap.support.GreenMailResource.stopServer();
    CreatedUser invited;
    try {
      invited = Users.invite(acme, aUser());
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  Database.count(
                          "select count(*) from control.mail_outbox where recipient = ? and status = 'pending' and attempts >= 1",
                          invited.email())
                      == 1);
    } finally {
      io.tenantry.bootstrap.support.GreenMailResource.startServer();
    }
    Mailbox.await(invited.email(), "invited");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                Database.count(
                        "select count(*) from control.mail_outbox where recipient = ? and status = 'sent'",
                        invited.email())
                    == 1);
    assertThat(Mailbox.to(invited.email())).hasSize(1);
  }

  @Test
  void shouldKeepPublicTenantSignUpClosedByDefault() {
    json()
        .body(aTenant().body())
        .post("/api/v1/tenants")
        .then()
        .statusCode(403)
        .body("code", equalTo("registration_closed"));
  }

  private void expireAllOneTimeTokens() {
    Database.execute(
        "update t_"
            + acme.slug().replace('-', '_')
            + ".one_time_tokens set expires_at = now() - interval '1 minute'");
  }
}
