package io.tenantry.application.audit;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static org.assertj.core.api.Assertions.assertThat;

import io.tenantry.application.fakes.TestApp;
import io.tenantry.application.fakes.TestApp.Session;
import io.tenantry.domain.audit.AuditAnchor;
import io.tenantry.domain.audit.ChainVerification;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signed chain heads make a cut tail, or an anchor written without the key, show as broken. */
class AuditAnchoringTest {
  private TestApp app;
  private Session owner;

  @BeforeEach
  void setUp() {
    app = TestApp.started();
    owner = aTenant().withSlug("acme").createAndLogInOwner(app);
    for (int i = 0; i < 3; i++) {
      app.logIn("acme", owner.actor().email().value(), TestApp.PASSWORD);
    }
  }

  @Test
  void shouldAnchorOnlyTrailsThatMovedAndVerifyAgainstTheAnchor() {
    assertThat(app.useCases.anchorAuditChains.anchorAll().done()).isEqualTo(2);
    assertThat(app.useCases.anchorAuditChains.anchorAll().done()).isZero();

    ChainVerification result = app.useCases.auditTrail.verify(owner.actor());

    assertThat(result.valid()).isTrue();
    assertThat(result.anchoredAt()).isPresent();
    assertThat(result.checked()).isEqualTo(app.auditLog.events("acme").size());
  }

  @Test
  void shouldReportATailCutBelowTheAnchorAsTruncated() {
    app.useCases.anchorAuditChains.anchorAll();
    app.auditLog.truncate("acme", 2);

    ChainVerification result = app.useCases.auditTrail.verify(owner.actor());

    assertThat(result.valid()).isFalse();
    assertThat(result.reason()).contains(ChainVerification.TRUNCATED);
  }

  @Test
  void shouldNotReSignATrailCutBelowItsAnchorSoTheCutStaysVisible() {
    app.useCases.anchorAuditChains.anchorAll();
    app.auditLog.truncate("acme", 2);
    app.logIn("acme", owner.actor().email().value(), TestApp.PASSWORD);
    app.logIn("acme", owner.actor().email().value(), TestApp.PASSWORD);
    app.logIn("acme", owner.actor().email().value(), TestApp.PASSWORD);

    app.useCases.anchorAuditChains.anchorAll();

    assertThat(app.useCases.auditTrail.verify(owner.actor()).reason())
        .contains(ChainVerification.TRUNCATED);
  }

  @Test
  void shouldReportAnAnchorWrittenWithoutTheKeyAsForged() {
    app.useCases.anchorAuditChains.anchorAll();
    AuditAnchor forged = new AuditAnchor(1, "0".repeat(64), Instant.now(), "f".repeat(64));
    app.auditLog.forgeAnchor("acme", forged);

    ChainVerification result = app.useCases.auditTrail.verify(owner.actor());

    assertThat(result.reason()).contains(ChainVerification.ANCHOR_FORGED);
  }
}
