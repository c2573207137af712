package io.tenantry.bootstrap.ops;

import static io.restassured.RestAssured.given;
import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static io.tenantry.bootstrap.support.Api.json;
import static io.tenantry.bootstrap.support.Api.login;
import static io.tenantry.bootstrap.support.Management.management;
import static io.tenantry.bootstrap.support.Management.sample;
import static io.tenantry.bootstrap.support.Management.scrape;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricsTest {

  @Test
  void shouldCountLoginsRefreshesAndCreatedUsersByOutcome() {
    double created = sample("users_created_total", "");
    // Creating a tenant through the test API logs in its admin and owner: count after that.
    CreatedTenant acme = Tenants.create(aTenant());
    double successes = sample("auth_logins_total", "outcome=\"success\"");
    double failures = sample("auth_logins_total", "outcome=\"failure\"");
    double refreshes = sample("auth_token_refreshes_total", "outcome=\"success\"");
    double refreshFailures = sample("auth_token_refreshes_total", "outcome=\"failure\"");

    Api.Session session = Api.session(acme.slug(), acme.ownerEmail(), PASSWORD);
    login(acme.slug(), acme.ownerEmail(), "not the passphrase at all").statusCode(401);
    refresh(session.refreshToken()).statusCode(200);
    refresh("no-such-refresh-token-no-such-refresh-token-0000").statusCode(401);

    assertThat(sample("auth_logins_total", "outcome=\"success\"")).isEqualTo(successes + 1);
    assertThat(sample("auth_logins_total", "outcome=\"failure\"")).isEqualTo(failures + 1);
    assertThat(sample("auth_token_refreshes_total", "outcome=\"success\""))
        .isEqualTo(refreshes + 1);
    assertThat(sample("auth_token_refreshes_total", "outcome=\"failure\""))
        .isEqualTo(refreshFailures + 1);
    // The tenant came with its owner: one user created.
    assertThat(sample("users_created_total", "")).isGreaterThanOrEqualTo(created + 1);
  }

  @Test
  void shouldServeMetricsOnlyOnTheManagementPort() {
    given().get("/q/metrics").then().statusCode(404);
    management().get("/q/metrics").then().statusCode(200);
  }

  @Test
  void shouldExposeHttpServerMetricsGaugesAndTheHashHistogram() {
    Tenants.create(aTenant());
    Api.admin();
    String metrics = scrape();

    assertThat(metrics)
        .contains("http_server_requests_seconds_count{")
        .contains("uri=\"/api/v1/auth/login\"")
        .contains("password_hash_seconds_bucket{")
        .contains("mail_outbox_pending ")
        .contains("audit_anchor_failures_total ")
        .contains("retention_purge_seconds_count{job=\"audit_events\"}")
        .contains("retention_purged_total{job=\"refresh_tokens\"}");
    assertThat(sample("tenants_total", "")).isGreaterThanOrEqualTo(2);
    assertThat(sample("password_hash_seconds_count", "operation=\"verify\"")).isPositive();
    assertThat(sample("password_hash_seconds_count", "operation=\"hash\"")).isPositive();
  }

  @Test
  void shouldKeepUserIdentitiesOutOfLabels() {
    CreatedTenant acme = Tenants.create(aTenant());
    Api.session(acme.slug(), acme.ownerEmail(), PASSWORD);

    assertThat(scrape()).doesNotContain(acme.ownerEmail()).doesNotContain(acme.slug());
  }

  private static io.restassured.response.ValidatableResponse refresh(String token) {
    return json().body(Map.of("refresh_token", token)).post("/api/v1/auth/refresh").then();
  }
}
