package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.as;
import static io.tenantry.bootstrap.support.AuditEvents.ADMIN_AUDIT;
import static io.tenantry.bootstrap.support.AuditEvents.AUDIT;
import static io.tenantry.bootstrap.support.AuditEvents.schemaOf;
import static io.tenantry.bootstrap.support.AuditEvents.verification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tenantry.bootstrap.audit.AuditJobs;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.Database;
import io.tenantry.bootstrap.support.Management;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may read a trail, how it is filtered and paged, and that it shows tampering. */
@QuarkusTest
class AuditTrailApiTest {
  @Inject AuditJobs auditJobs;

  private CreatedTenant acme;
  private String owner;

  @BeforeEach
  void createTenant() {
    acme = Tenants.create(aTenant());
    owner = acme.owner().accessToken();
  }

  @Test
  void shouldForbidMembersAndShowEachTenantOnlyItsOwnTrail() {
    CreatedUser member = Users.create(acme, aUser());
    as(member.token()).get(AUDIT).then().statusCode(403).body("code", equalTo("forbidden"));
    as(member.token()).get(AUDIT + "/verification").then().statusCode(403);
    as(owner).get(ADMIN_AUDIT).then().statusCode(403);
    Api.json().get(AUDIT).then().statusCode(401);

    CreatedTenant other = Tenants.create(aTenant().withOwnerEmail("owner@other.test"));
    as(other.owner().accessToken())
        .queryParam("size", 100)
        .get(AUDIT)
        .then()
        .statusCode(200)
        .body("items.target_id", everyItem(org.hamcrest.Matchers.not(member.id())))
        .body("items.actor_email", everyItem(org.hamcrest.Matchers.not(acme.ownerEmail())));
  }

  @Test
  void shouldFilterByTypeActorAndTimeAndPageNewestFirst() {
    for (int i = 0; i < 3; i++) {
      Users.invite(acme, aUser());
    }
    String ownerId = as(owner).get("/api/v1/users/me").then().extract().path("id");
    JsonPath page =
        as(owner)
            .queryParam("type", "user.created")
            .queryParam("actor_id", ownerId)
            .queryParam("size", 2)
            .get(AUDIT)
            .then()
            .statusCode(200)
            .body("total", equalTo(3))
            .body("total_exact", equalTo(true))
            .body("size", equalTo(2))
            .body("items", hasSize(2))
            .body("items.type", everyItem(equalTo("user.created")))
            .extract()
            .jsonPath();
    List<String> times = page.getList("items.occurred_at");
    assertThat(Instant.parse(times.get(0))).isAfterOrEqualTo(Instant.parse(times.get(1)));
    as(owner)
        .queryParam("type", "user.created")
        .queryParam("page", 1)
        .queryParam("size", 2)
        .get(AUDIT)
        .then()
        .body("items", hasSize(1));

    String later = Instant.now().plus(1, ChronoUnit.HOURS).toString();
    as(owner).queryParam("from", later).get(AUDIT).then().statusCode(200).body("total", equalTo(0));
    as(owner)
        .queryParam("to", later)
        .get(AUDIT)
        .then()
        .body("items.type", hasItem("tenant.created"));
  }

  @Test
  void shouldRejectBadFiltersWithFieldErrors() {
    as(owner)
        .queryParam("type", "user.hacked")
        .get(AUDIT)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("type"));
    as(owner)
        .queryParam("from", "yesterday")
        .get(AUDIT)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("from"));
    as(owner)
        .queryParam("to", "2026-13-01T00:00:00Z")
        .get(AUDIT)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("to"));
    as(owner)
        .queryParam("actor_id", "1' or '1'='1")
        .get(AUDIT)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("actor_id"));
    as(owner)
        .queryParam("sort", "ip;drop table audit_events")
        .get(AUDIT)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("sort"));
    as(Api.admin().accessToken())
        .get(ADMIN_AUDIT)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("tenant"));
  }

  @Test
  void shouldNameTheFirstTamperedRow() {
    Users.invite(acme, aUser());
    Users.invite(acme, aUser());
    assertThat(verification(owner).getBoolean("valid")).isTrue();
    String victim =
        as(owner)
            .queryParam("type", "user.created")
            .queryParam("sort", "occurred_at,asc")
            .get(AUDIT)
            .then()
            .extract()
            .path("items[0].id");

    Database.execute(
        "update "
            + schemaOf(acme.slug())
            + ".audit_events set actor_email = 'mallory@evil.test'"
            + " where id = '"
            + victim
            + "'");

    JsonPath result = verification(owner);
    assertThat(result.getBoolean("valid")).isFalse();
    assertThat(result.getString("first_broken_id")).isEqualTo(victim);
    as(Api.admin().accessToken())
        .queryParam("tenant", acme.slug())
        .get(ADMIN_AUDIT + "/verification")
        .then()
        .statusCode(200)
        .body("first_broken_id", equalTo(victim));
  }

  @Test
  void shouldPurgeEventsPastRetentionAndStillVerify() {
    Users.invite(acme, aUser());
    Users.invite(acme, aUser());
    String table = schemaOf(acme.slug()) + ".audit_events";
    long before = Database.count("select count(*) from " + table);
    // Age the two oldest rows past the retention (P365D): they are what the purge removes.
    Database.execute(
        "update "
            + table
            + " set occurred_at = now() - interval '400 days'"
            + " where seq in (select seq from "
            + table
            + " order by seq limit 2)");

    String auditEvents = "job=\"audit_events\"";
    double purged = Management.sample("retention_purged_total", auditEvents);
    double passes = Management.sample("retention_purge_seconds_count", auditEvents);

    auditJobs.purge();

    assertThat(Database.count("select count(*) from " + table)).isEqualTo(before - 2);
    assertThat(Management.sample("retention_purged_total", auditEvents))
        .isGreaterThanOrEqualTo(purged + 2);
    assertThat(Management.sample("retention_purge_seconds_count", auditEvents))
        .isEqualTo(passes + 1);
    assertThat(
            Database.count(
                "select count(*) from "
                    + table
                    + " where occurred_at < now() - interval '365 days'"))
        .isZero();
    JsonPath result = verification(owner);
    assertThat(result.getBoolean("valid")).isTrue();
    assertThat(result.getLong("checked")).isEqualTo(before - 2);
  }

  @Test
  void shouldKeepTheChainIntactUnderConcurrentWrites() throws Exception {
    io.tenantry.bootstrap.support.Tenants.CreatedTenant tenant =
        io.tenantry.bootstrap.support.Tenants.create(aTenant());
    String owner = tenant.owner().accessToken();
    java.util.List<Integer> statuses =
        io.tenantry.bootstrap.support.Concurrently.statuses(
            8,
            () ->
                io.tenantry.bootstrap.support.Api.login(
                        tenant.slug(), "nobody-" + System.nanoTime() + "@acme.test", "wrong")
                    .extract()
                    .statusCode());
    assertThat(statuses).containsOnly(401);
    JsonPath result = verification(owner);
    assertThat(result.getBoolean("valid")).isTrue();
    assertThat(result.getInt("checked")).isGreaterThanOrEqualTo(1);
  }
}
