package io.tenantry.bootstrap.ops;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.bootstrap.support.Management.management;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tenantry.bootstrap.ops.InvitationLoad.Answer;
import io.tenantry.bootstrap.support.Database;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL killed (immediate shutdown) under a stream of invitations, then started again: the API
 * answers 503 with {@code Retry-After} meanwhile, comes back by itself, and keeps every invitation
 * whole — user, audit event and invitation mail — or not at all.
 */
@QuarkusTest
@TestProfile(DatabaseOutageProfile.class)
class DatabaseKilledUnderLoadTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @RestartablePostgresResource.Handle RestartablePostgres database;

  @AfterEach
  void databaseIsBack() {
    database.restart();
  }

  @Test
  void shouldAnswer503DuringTheOutageAndKeepEveryInvitationWholeOrAbsent() throws Exception {
    CreatedTenant tenant = Tenants.create(aTenant());
    String domain = tenant.slug() + ".test";
    InvitationLoad load = InvitationLoad.start(tenant.owner().accessToken(), domain, 4);
    try (load) {
      await().atMost(PATIENCE).until(() -> load.count(201) >= 5);
      database.kill();
      await().atMost(PATIENCE).until(() -> load.count(503) >= 5);
      database.restart();
      long createdBeforeRestart = load.count(201);
      // Back without restarting the application: invitations succeed again.
      await().atMost(PATIENCE).until(() -> load.count(201) >= createdBeforeRestart + 5);
    }
    List<Answer> answers = load.answers();
    management().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

    assertThat(answers).allSatisfy(DatabaseKilledUnderLoadTest::isCreatedOrUnavailable);
    for (Answer cut : answers.stream().filter(a -> a.status() == 503).toList()) {
      // The client's retry: done if the first attempt was lost, a conflict if it had committed.
      Answer retry = load.invite(cut.email());
      assertThat(retry.status()).as(cut.email()).isIn(201, 409);
      if (retry.status() == 409) {
        assertThat(retry.code()).isEqualTo("email_taken");
      }
    }

    String schema = "t_" + tenant.slug().replace('-', '_');
    for (Answer answer : answers) {
      assertStoredExactlyOnce(schema, answer.email());
    }
    String pattern = "load-%@" + domain;
    long invited = answers.size();
    assertThat(count("select count(*) from " + schema + ".users where email like ?", pattern))
        .isEqualTo(invited);
    assertThat(count("select count(*) from control.mail_outbox where recipient like ?", pattern))
        .as("no invitation mail without its user")
        .isEqualTo(invited);
    assertThat(
            count(
                "select count(*) from "
                    + schema
                    + ".audit_events where type = 'user.created' and details->>'email' like ?",
                pattern))
        .as("no audit event without its user")
        .isEqualTo(invited);
  }

  private static void isCreatedOrUnavailable(Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isIn(201, 503);
    if (answer.status() == 503) {
      assertThat(answer.code()).isEqualTo("service_unavailable");
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.retryAfter()).as("Retry-After").matches("[1-9][0-9]*");
    }
  }

  private static void assertStoredExactlyOnce(String schema, String email) {
    assertThat(count("select count(*) from " + schema + ".users where email = ?", email))
        .as("user %s", email)
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from "
                    + schema
                    + ".audit_events a join "
                    + schema
                    + ".users u on a.target_id = u.id::text"
                    + " where a.type = 'user.created' and u.email = ?",
                email))
        .as("audit event of %s", email)
        .isEqualTo(1);
    assertThat(count("select count(*) from control.mail_outbox where recipient = ?", email))
        .as("invitation mail to %s", email)
        .isEqualTo(1);
  }

  private static long count(String sql, Object... parameters) {
    return Database.count(sql, parameters);
  }
}
