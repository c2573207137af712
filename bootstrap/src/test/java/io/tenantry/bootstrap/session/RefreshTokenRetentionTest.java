package io.tenantry.bootstrap.session;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static io.tenantry.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.Database;
import io.tenantry.bootstrap.support.Management;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.domain.auth.TokenHash;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The refresh-token retention job deletes the tokens of sessions that ended longer ago than the
 * retention (7 days), and keeps every token of a live session, so reuse is still detected; each
 * pass shows on {@code /q/metrics}; a tenant it fails on does not stop it.
 */
@QuarkusTest
class RefreshTokenRetentionTest {

  private static final String REFRESH_TOKENS = "job=\"refresh_tokens\"";

  @Inject SessionRetentionJob job;

  private CreatedTenant acme;
  private String schema;

  @BeforeEach
  void tenant() {
    acme = Tenants.create(aTenant());
    schema = "t_" + acme.slug().replace('-', '_');
  }

  @Test
  void givenEndedAndLiveSessions_whenPurged_thenOnlyLongEndedSessionsGoAndReuseIsStillDetected() {
    Api.Session live = session();
    String current = refresh(live.refreshToken()).statusCode(200).extract().path("refresh_token");
    Api.Session loggedOutLongAgo = session();
    logout(loggedOutLongAgo.refreshToken());
    shiftSession(loggedOutLongAgo.refreshToken(), "8 days");
    Api.Session loggedOutYesterday = session();
    logout(loggedOutYesterday.refreshToken());
    shiftSession(loggedOutYesterday.refreshToken(), "1 day");
    Api.Session expired = session();
    refresh(expired.refreshToken()).statusCode(200);
    // 100 days back: its absolute end (90 days after its start) passed 10 days ago.
    shiftSession(expired.refreshToken(), "100 days");
    Api.Session idle = session();
    // 38 days back: never refreshed, its token expired (30 days) 8 days ago, an idle end.
    shiftSession(idle.refreshToken(), "38 days");

    double purgedBefore = purgedTokens();
    double passesBefore = Management.sample("retention_purge_seconds_count", REFRESH_TOKENS);

    job.purge();

    long purged = (long) (purgedTokens() - purgedBefore);
    assertThat(Management.sample("retention_purge_seconds_count", REFRESH_TOKENS))
        .isEqualTo(passesBefore + 1);

    assertThat(tokensOf(loggedOutLongAgo.refreshToken())).isZero();
    assertThat(tokensOf(expired.refreshToken())).isZero();
    assertThat(tokensOf(idle.refreshToken())).isZero();
    assertThat(tokensOf(loggedOutYesterday.refreshToken())).isEqualTo(1);
    assertThat(tokensOf(live.refreshToken())).isEqualTo(2);
    assertThat(tokensOf(acme.owner().refreshToken())).isEqualTo(1);
    assertThat(purged).isGreaterThanOrEqualTo(4);
    // The rotated token of the live session is still known: presenting it revokes the session.
    refresh(live.refreshToken()).statusCode(401);
    refresh(current).statusCode(401);
    refresh(acme.owner().refreshToken()).statusCode(200);
  }

  @Test
  void givenATenantThePurgeFailsOn_whenPurged_thenTheTenantsAfterItArePurgedAndTheFailureCounted() {
    // The tenant made before this test's own is visited first (by creation): it breaks.
    String brokenSchema = schema;
    acme = Tenants.create(aTenant());
    schema = "t_" + acme.slug().replace('-', '_');
    Api.Session loggedOutLongAgo = session();
    logout(loggedOutLongAgo.refreshToken());
    shiftSession(loggedOutLongAgo.refreshToken(), "8 days");
    double failuresBefore = Management.sample("retention_purge_failures_total", REFRESH_TOKENS);

    Database.execute("alter schema " + brokenSchema + " rename to " + brokenSchema + "_away");
    try {
      job.purge();
    } finally {
      Database.execute("alter schema " + brokenSchema + "_away rename to " + brokenSchema);
    }

    assertThat(tokensOf(loggedOutLongAgo.refreshToken())).isZero();
    assertThat(Management.sample("retention_purge_failures_total", REFRESH_TOKENS))
        .isEqualTo(failuresBefore + 1);
  }

  private static double purgedTokens() {
    return Management.sample("retention_purged_total", REFRESH_TOKENS);
  }

  private Api.Session session() {
    return Api.session(acme.slug(), acme.ownerEmail(), PASSWORD);
  }

  private long tokensOf(String refreshToken) {
    return Database.count(
        "select count(*) from " + schema + ".refresh_tokens where family_id = (" + family() + ")",
        TokenHash.of(refreshToken).hex());
  }

  /** Moves every instant of the session of {@code refreshToken} {@code interval} back. */
  private void shiftSession(String refreshToken, String interval) {
    StringBuilder set = new StringBuilder();
    for (String column :
        new String[] {
          "issued_at",
          "expires_at",
          "rotated_at",
          "revoked_at",
          "session_started_at",
          "session_expires_at"
        }) {
      set.append(set.isEmpty() ? "" : ", ")
          .append(column + " = " + column + " - interval '" + interval + "'");
    }
    Database.execute(
        "update "
            + schema
            + ".refresh_tokens set "
            + set
            + " where family_id = ("
            + family().replace("?", "'" + TokenHash.of(refreshToken).hex() + "'")
            + ")");
  }

  private String family() {
    return "select family_id from " + schema + ".refresh_tokens where token_hash = ?";
  }

  private static ValidatableResponse refresh(String token) {
    return json().body(Map.of("refresh_token", token)).post("/api/v1/auth/refresh").then();
  }

  private static void logout(String token) {
    json().body(Map.of("refresh_token", token)).post("/api/v1/auth/logout").then().statusCode(204);
  }
}
