package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static io.tenantry.bootstrap.support.Api.as;
import static io.tenantry.bootstrap.support.Api.login;
import static io.tenantry.bootstrap.support.Authenticator.challenge;
import static io.tenantry.bootstrap.support.Authenticator.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.bootstrap.support.AuditEvents;
import io.tenantry.bootstrap.support.Authenticator;
import io.tenantry.bootstrap.support.Database;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * TOTP over HTTP: enrolment, the 403 {@code mfa_required} login step, replay, recovery codes,
 * lockout by wrong codes, turning it off, and nothing secret in the log.
 */
@QuarkusTest
class MfaApiTest {
  private static final String ME = "/api/v1/users/me";
  private final List<String> logLines = new ArrayList<>();
  private final List<String> secrets = new ArrayList<>();
  private final Handler capture = new CapturingHandler(logLines);
  private CreatedTenant acme;
  private CreatedUser user;

  @BeforeEach
  void createUser() {
    Logger.getLogger("").addHandler(capture);
    acme = Tenants.create(aTenant());
    user = Users.create(acme, aUser());
  }

  @AfterEach
  void nothingSecretWasLogged() {
    Logger.getLogger("").removeHandler(capture);
    for (String secret : secrets) {
      assertThat(logLines).noneMatch(line -> line.contains(secret));
    }
  }

  @Test
  void givenConfirmedTotp_whenLoggingIn_thenACodeIsNeededOnceAndTheMfaTokenIsNoBearer() {
    Authenticator app = Authenticator.start(user.token());
    secrets.add(app.secret());
    as(user.token()).get(ME).then().body("mfa_enabled", equalTo(false));
    login(acme.slug(), user.email(), PASSWORD).statusCode(200); // pending: nothing changes yet
    as(user.token())
        .body(Map.of("code", "000000"))
        .post(ME + "/mfa/totp/confirm")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_mfa_code"));
    List<String> recovery =
        as(user.token())
            .body(Map.of("code", app.nextCode()))
            .post(ME + "/mfa/totp/confirm")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("recovery_codes");
    secrets.addAll(recovery);
    assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
    as(user.token()).get(ME).then().body("mfa_enabled", equalTo(true));
    as(user.token()).post(ME + "/mfa/totp").then().statusCode(409);

    login(acme.slug(), user.email(), "a wrong password").statusCode(401);
    String mfaToken = challenge(acme.slug(), user.email(), "mfa_required");
    secrets.add(mfaToken);
    as(mfaToken).get(ME).then().statusCode(401);
    String code = app.nextCode();
    String access = verify(mfaToken, code).statusCode(200).extract().path("access_token");
    as(access).get(ME).then().statusCode(200).body("email", equalTo(user.email()));
    verify(mfaToken, "123456").statusCode(401).body("code", equalTo("invalid_token"));

    String again = challenge(acme.slug(), user.email(), "mfa_required");
    verify(again, code).statusCode(401).body("code", equalTo("invalid_mfa_code"));
    verify(again, app.nextCode()).statusCode(200).body("refresh_token", notNullValue());

    String owner = acme.owner().accessToken();
    assertThat(AuditEvents.ofType(owner, "mfa.enabled")).hasSize(1);
    assertThat(AuditEvents.ofType(owner, "auth.mfa_failed"))
        .anySatisfy(e -> assertThat(e.get("details")).isEqualTo(Map.of("reason", "replayed_code")));
    assertThat(AuditEvents.ofType(owner, "auth.login.succeeded")).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void givenAnEnrolment_thenTheUriNamesTheTenantAndUserAndTheSecretIsSealedAtRest() {
    Authenticator.Enrolled enrolled = Authenticator.enrol(user.token());
    String secret = enrolled.app().secret();
    secrets.add(secret);
    secrets.addAll(enrolled.recoveryCodes());

    String schema = AuditEvents.schemaOf(acme.slug());
    assertThat(
            Database.count(
                "SELECT count(*) FROM "
                    + schema
                    + ".mfa_totp_factors WHERE sealed_secret LIKE 'v1.%'"
                    + " AND position(? in sealed_secret) = 0 AND confirmed_at IS NOT NULL",
                secret))
        .isEqualTo(1);
    assertThat(
            Database.count(
                "SELECT count(*) FROM " + schema + ".mfa_recovery_codes WHERE code_hash = ?",
                enrolled.recoveryCodes().get(0)))
        .isZero();
    as(user.token()).get(ME).then().body("$", not(hasKey("secret")));
  }

  @Test
  void givenARecoveryCode_thenItLogsInOnceOnly() {
    Authenticator.Enrolled enrolled = Authenticator.enrol(user.token());
    secrets.addAll(enrolled.recoveryCodes());
    String recovery = enrolled.recoveryCodes().get(3);

    verify(challenge(acme.slug(), user.email(), "mfa_required"), recovery.toUpperCase())
        .statusCode(200);
    verify(challenge(acme.slug(), user.email(), "mfa_required"), recovery)
        .statusCode(401)
        .body("code", equalTo("invalid_mfa_code"));

    assertThat(AuditEvents.ofType(acme.owner().accessToken(), "mfa.recovery_code_used")).hasSize(1);
  }

  @Test
  void givenFiveWrongCodes_thenTheAccountIsLockedAndEvenARightCodeIsRefusedUntilUnlocked() {
    Authenticator app = Authenticator.enrol(user.token()).app();
    String mfaToken = challenge(acme.slug(), user.email(), "mfa_required");
    for (int i = 0; i < 5; i++) {
      verify(mfaToken, String.format("%06d", i))
          .statusCode(401)
          .body("code", equalTo("invalid_mfa_code"));
    }

    verify(mfaToken, app.nextCode()).statusCode(401).body("code", equalTo("invalid_mfa_code"));
    login(acme.slug(), user.email(), PASSWORD).statusCode(401);
    String owner = acme.owner().accessToken();
    assertThat(AuditEvents.ofType(owner, "auth.account.locked")).hasSize(1);
    assertThat(AuditEvents.ofType(owner, "auth.mfa_failed"))
        .hasSize(6)
        .anySatisfy(e -> assertThat(e.get("details")).isEqualTo(Map.of("reason", "locked")));
    as(owner).post("/api/v1/users/" + user.id() + "/unlock").then().statusCode(204);
    // The lock refused the right code without spending it: once unlocked, the same code logs in.
    verify(challenge(acme.slug(), user.email(), "mfa_required"), app.lastCode()).statusCode(200);
  }

  @Test
  void givenRightPasswordsBetweenWrongCodes_thenTheWrongCodesStillAddUpToTheLock() {
    Authenticator app = Authenticator.enrol(user.token()).app();
    String first = challenge(acme.slug(), user.email(), "mfa_required");
    verify(first, "111111").statusCode(401);
    String second = challenge(acme.slug(), user.email(), "mfa_required");
    verify(second, "222222").statusCode(401);
    // The fifth counted attempt: a right password, but it engages the lock all the same.
    login(acme.slug(), user.email(), PASSWORD).statusCode(401);

    verify(second, app.nextCode()).statusCode(401).body("code", equalTo("invalid_mfa_code"));
    assertThat(AuditEvents.ofType(acme.owner().accessToken(), "auth.account.locked")).hasSize(1);
  }

  @Test
  void givenACurrentCode_thenRecoveryCodesAreReplacedAndTheOldOnesDie() {
    Authenticator.Enrolled enrolled = Authenticator.enrol(user.token());
    as(user.token())
        .body(Map.of("code", "123456"))
        .post(ME + "/mfa/recovery-codes")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_mfa_code"));
    List<String> fresh =
        as(user.token())
            .body(Map.of("code", enrolled.app().nextCode()))
            .post(ME + "/mfa/recovery-codes")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("recovery_codes");

    assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(enrolled.recoveryCodes());
    verify(challenge(acme.slug(), user.email(), "mfa_required"), enrolled.recoveryCodes().get(0))
        .statusCode(401);
    verify(challenge(acme.slug(), user.email(), "mfa_required"), fresh.get(0)).statusCode(200);
    assertThat(AuditEvents.ofType(acme.owner().accessToken(), "mfa.recovery_codes_regenerated"))
        .hasSize(1);
  }

  @Test
  void givenThePassword_thenMfaIsTurnedOffAndThePasswordAloneLogsIn() {
    Authenticator.enrol(user.token());
    as(user.token())
        .body(Map.of("password", "not the password"))
        .delete(ME + "/mfa")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_credentials"));
    as(user.token()).body(Map.of("password", PASSWORD)).delete(ME + "/mfa").then().statusCode(204);

    as(user.token()).get(ME).then().body("mfa_enabled", equalTo(false));
    login(acme.slug(), user.email(), PASSWORD).statusCode(200);
    assertThat(AuditEvents.ofType(acme.owner().accessToken(), "mfa.disabled")).hasSize(1);
  }

  @Test
  void givenALostDevice_thenOnlyAnAdministratorOfTheSameTenantResetsIt() {
    Authenticator.enrol(user.token());
    CreatedUser member = Users.create(acme, aUser());
    CreatedTenant other = Tenants.create(aTenant());
    String reset = "/api/v1/users/" + user.id() + "/mfa";

    as(member.token()).delete(reset).then().statusCode(403);
    as(other.owner().accessToken()).delete(reset).then().statusCode(404);
    login(acme.slug(), user.email(), PASSWORD).statusCode(403);
    as(acme.owner().accessToken()).delete(reset).then().statusCode(204);

    login(acme.slug(), user.email(), PASSWORD).statusCode(200);
    as(acme.owner().accessToken())
        .get("/api/v1/users/" + user.id())
        .then()
        .body("mfa_enabled", equalTo(false));
    List<Map<String, Object>> resets = AuditEvents.ofType(acme.owner().accessToken(), "mfa.reset");
    assertThat(resets).hasSize(1);
    assertThat(resets.get(0)).containsEntry("target_id", user.id());
  }

  /** Every log record the service writes while a test runs, formatted as it would print. */
  private static final class CapturingHandler extends Handler {
    private final List<String> lines;

    CapturingHandler(List<String> lines) {
      this.lines = lines;
    }

    @Override
    public void publish(LogRecord record) {
      String message = record.getMessage();
      Object[] parameters = record.getParameters();
      StringBuilder line = new StringBuilder(String.valueOf(message));
      if (parameters != null) {
        for (Object parameter : parameters) {
          line.append(' ').append(parameter);
        }
      }
      if (record.getThrown() != null) {
        line.append(' ').append(record.getThrown());
      }
      synchronized (lines) {
        lines.add(line.toString());
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
