package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.as;
import static io.tenantry.bootstrap.support.AuditEvents.schemaOf;
import static io.tenantry.bootstrap.support.AuditEvents.verification;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tenantry.application.UseCases;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.Database;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.domain.audit.AuditChain;
import io.tenantry.domain.audit.AuditEvent;
import io.tenantry.domain.audit.AuditEventId;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.audit.ChainLink;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSlug;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Anchored chain heads show a cut tail or a forged anchor; long trails verify page by page. */
@QuarkusTest
class AuditAnchorApiTest {
  @Inject UseCases useCases;
  @Inject UnitOfWork unitOfWork;
  @Inject AuditLog log;

  private CreatedTenant acme;
  private String owner;
  private String table;

  @BeforeEach
  void createTenant() {
    acme = Tenants.create(aTenant());
    owner = acme.owner().accessToken();
    table = schemaOf(acme.slug()) + ".audit_events";
    Users.invite(acme, aUser());
    Users.invite(acme, aUser());
  }

  @Test
  void shouldVerifyAnAnchoredTrail() {
    useCases.anchorAuditChains.anchorAll();

    JsonPath result = verification(owner);

    assertThat(result.getBoolean("valid")).isTrue();
    assertThat(result.getString("reason")).isNull();
    assertThat(Instant.parse(result.getString("anchored_at"))).isBeforeOrEqualTo(Instant.now());
  }

  @Test
  void shouldReportATailCutBelowTheAnchorAsTruncated() {
    useCases.anchorAuditChains.anchorAll();
    long before = Database.count("select count(*) from " + table);

    Database.execute(
        "delete from "
            + table
            + " where seq in (select seq from "
            + table
            + " order by seq desc"
            + " limit 2)");

    JsonPath result = verification(owner);
    assertThat(result.getBoolean("valid")).isFalse();
    assertThat(result.getString("reason")).isEqualTo("truncated");
    assertThat(result.getLong("checked")).isEqualTo(before - 2);
    as(Api.admin().accessToken())
        .queryParam("tenant", acme.slug())
        .get("/api/v1/admin/audit-events/verification")
        .then()
        .statusCode(200)
        .body("reason", org.hamcrest.Matchers.equalTo("truncated"));
  }

  @Test
  void shouldReportAnAnchorWrittenWithoutTheKeyAsForged() {
    useCases.anchorAuditChains.anchorAll();
    String anchors = schemaOf(acme.slug()) + ".audit_anchors";
    // Someone with database access cuts the tail and writes an anchor for the new head.
    Database.execute("delete from " + table + " where seq = (select max(seq) from " + table + ")");
    Database.execute(
        "insert into "
            + anchors
            + " (seq, hash, anchored_at, mac) select seq, hash, now(),"
            + " repeat('a', 64) from "
            + table
            + " order by seq desc limit 1");

    JsonPath result = verification(owner);

    assertThat(result.getBoolean("valid")).isFalse();
    assertThat(result.getString("reason")).isEqualTo("anchor_forged");
  }

  @Test
  void shouldVerifyALongTrailThroughSeveralPages() {
    int added = 2500;
    TenantRef ref =
        new TenantRef(new TenantId(UUID.fromString(acme.id())), new TenantSlug(acme.slug()));
    ChainLink head = unitOfWork.inTenant(ref, () -> log.head()).orElseThrow();
    Database.execute(bulkInsert(head.hash(), added));
    long total = Database.count("select count(*) from " + table);
    useCases.anchorAuditChains.anchorAll();

    JsonPath result = verification(owner);

    assertThat(result.getBoolean("valid")).isTrue();
    assertThat(result.getLong("checked")).isEqualTo(total).isGreaterThan(added);
  }

  /**
   * One statement with {@code count} chained rows after {@code prev}, as the adapter writes them.
   */
  private String bulkInsert(String prev, int count) {
    StringBuilder sql =
        new StringBuilder("insert into ")
            .append(table)
            .append(" (id, occurred_at, type, details, prev_hash, hash) values ");
    Instant at = Instant.now();
    for (int i = 0; i < count; i++) {
      AuditEvent event =
          new AuditEvent(
              AuditEventId.random(),
              at.plusMillis(i),
              AuditEventType.LOGIN_FAILED,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              Map.of());
      String hash = AuditChain.hash(prev, event);
      sql.append(i == 0 ? "" : ", ")
          .append("('")
          .append(event.id())
          .append("', '")
          .append(event.occurredAt())
          .append("', 'auth.login.failed', '{}', '")
          .append(prev)
          .append("', '")
          .append(hash)
          .append("')");
      prev = hash;
    }
    return sql.toString();
  }
}
