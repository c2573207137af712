package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.AuditEvents.schemaOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.application.UseCases;
import io.tenantry.application.shared.TenantPass;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.bootstrap.audit.AuditJobs;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.Database;
import io.tenantry.bootstrap.support.Management;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.WebhookReceiver;
import io.tenantry.domain.tenant.PendingWork;
import io.tenantry.domain.tenant.WorkKind;
import io.tenantry.domain.tenant.WorkMark;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The background jobs visit only the tenants marked as having work: a mark commits with the audit
 * row or webhook delivery that makes the work, and a mark renewed while a job ran stays.
 */
@QuarkusTest
class PendingWorkTest {
  @Inject UseCases useCases;
  @Inject UnitOfWork unitOfWork;
  @Inject PendingWork pendingWork;
  @Inject AuditJobs auditJobs;

  @Test
  void shouldAnchorATrailThatMovedWithoutTouchingATrailThatDidNot() {
    CreatedTenant moved = Tenants.create(aTenant());
    CreatedTenant quiet = Tenants.create(aTenant());
    useCases.anchorAuditChains.anchorAll();
    long movedAnchors = anchors(moved);
    assertThat(marks(quiet, WorkKind.AUDIT_TRAIL)).isZero();

    Users.invite(moved, aUser());
    assertThat(marks(moved, WorkKind.AUDIT_TRAIL)).isEqualTo(1);
    // Were the quiet trail visited, the pass would fail on its missing tables.
    String quietSchema = schemaOf(quiet.slug());
    Database.execute("alter schema " + quietSchema + " rename to " + quietSchema + "_away");
    try {
      TenantPass pass = useCases.anchorAuditChains.anchorAll();
      assertThat(pass.done()).isPositive();
      assertThat(pass.failed()).isEmpty();
    } finally {
      Database.execute("alter schema " + quietSchema + "_away rename to " + quietSchema);
    }

    assertThat(anchors(moved)).isEqualTo(movedAnchors + 1);
    assertThat(anchoredSequence(moved)).isEqualTo(headSequence(moved));
    assertThat(marks(moved, WorkKind.AUDIT_TRAIL)).isZero();
  }

  @Test
  void shouldAnchorTheOtherTenantsWhenOneFailsAndRetryItsMarkOnTheNextPass() {
    CreatedTenant broken = Tenants.create(aTenant());
    CreatedTenant healthy = Tenants.create(aTenant());
    useCases.anchorAuditChains.anchorAll();
    Users.invite(broken, aUser());
    Users.invite(healthy, aUser());
    long healthyAnchors = anchors(healthy);
    long brokenAnchors = anchors(broken);
    double failures = Management.sample("audit_anchor_failures_total", "");
    String brokenSchema = schemaOf(broken.slug());

    Database.execute("alter schema " + brokenSchema + " rename to " + brokenSchema + "_away");
    try {
      auditJobs.anchor();
    } finally {
      Database.execute("alter schema " + brokenSchema + "_away rename to " + brokenSchema);
    }

    assertThat(anchors(healthy)).isEqualTo(healthyAnchors + 1);
    assertThat(marks(healthy, WorkKind.AUDIT_TRAIL)).isZero();
    assertThat(anchors(broken)).isEqualTo(brokenAnchors);
    assertThat(marks(broken, WorkKind.AUDIT_TRAIL)).isEqualTo(1);
    assertThat(Management.sample("audit_anchor_failures_total", "")).isEqualTo(failures + 1);

    auditJobs.anchor();

    assertThat(anchors(broken)).isEqualTo(brokenAnchors + 1);
    assertThat(marks(broken, WorkKind.AUDIT_TRAIL)).isZero();
  }

  @Test
  void shouldKeepAMarkRenewedAfterTheJobReadItSoTheNewHeadIsAnchored() {
    CreatedTenant acme = Tenants.create(aTenant());
    WorkMark read =
        unitOfWork.inControl(() -> pendingWork.marked(WorkKind.AUDIT_TRAIL)).stream()
            .filter(mark -> mark.tenant().slug().value().equals(acme.slug()))
            .findFirst()
            .orElseThrow();

    Users.invite(acme, aUser());
    unitOfWork.inControl(
        () -> {
          pendingWork.clear(read);
          return null;
        });

    assertThat(marks(acme, WorkKind.AUDIT_TRAIL)).isEqualTo(1);
    useCases.anchorAuditChains.anchorAll();
    assertThat(anchoredSequence(acme)).isEqualTo(headSequence(acme));
  }

  @Test
  void shouldMarkATenantWithAQueuedDeliveryUntilItsOutboxIsEmpty() throws Exception {
    CreatedTenant acme = Tenants.create(aTenant());
    String owner = acme.owner().accessToken();
    try (WebhookReceiver receiver = WebhookReceiver.start()) {
      Api.as(owner)
          .body(Map.of("url", receiver.url(), "events", List.of("user.created")))
          .post("/api/v1/webhooks")
          .then()
          .statusCode(201);
      assertThat(marks(acme, WorkKind.WEBHOOK_OUTBOX)).isZero();

      Users.invite(acme, aUser());

      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> receiver.received().size() == 1);
      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> marks(acme, WorkKind.WEBHOOK_OUTBOX) == 0);
    }
  }

  @Test
  void shouldForgetTheMarksOfADeletedTenant() {
    CreatedTenant gone = Tenants.create(aTenant());
    assertThat(marks(gone, WorkKind.AUDIT_TRAIL)).isEqualTo(1);

    Api.as(Api.admin().accessToken())
        .delete("/api/v1/admin/tenants/" + gone.id())
        .then()
        .statusCode(204);

    assertThat(marks(gone, WorkKind.AUDIT_TRAIL)).isZero();
  }

  private static long marks(CreatedTenant tenant, WorkKind kind) {
    return Database.count(
        "select count(*) from control.tenant_work where schema_name = ? and kind = ?",
        schemaOf(tenant.slug()),
        kind.name().toLowerCase(Locale.ROOT));
  }

  private static long anchors(CreatedTenant tenant) {
    return Database.count("select count(*) from " + schemaOf(tenant.slug()) + ".audit_anchors");
  }

  private static long anchoredSequence(CreatedTenant tenant) {
    return Database.count("select max(seq) from " + schemaOf(tenant.slug()) + ".audit_anchors");
  }

  private static long headSequence(CreatedTenant tenant) {
    return Database.count("select max(seq) from " + schemaOf(tenant.slug()) + ".audit_events");
  }
}
