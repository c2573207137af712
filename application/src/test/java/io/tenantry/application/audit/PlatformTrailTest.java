package io.tenantry.application.audit;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static org.assertj.core.api.Assertions.assertThat;

import io.tenantry.application.fakes.Commands;
import io.tenantry.application.fakes.TestApp;
import io.tenantry.application.fakes.TestApp.Session;
import io.tenantry.domain.audit.AuditEvent;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantSlug;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a platform admin does to tenants is kept in the {@code system} trail as well. */
class PlatformTrailTest {
  private TestApp app;
  private Session admin;
  private Session owner;

  @BeforeEach
  void setUp() {
    app = TestApp.started();
    admin = app.platformAdmin();
    owner = aTenant().withSlug("acme").createAndLogInOwner(app);
  }

  @Test
  void shouldRecordCreationSuspensionActivationAndDeletionInTheSystemTrail() {
    TenantId acme = owner.actor().tenantId();
    update(acme, "suspended");
    update(acme, "active");
    app.useCases.deleteTenant.delete(admin.actor(), acme);

    List<AuditEvent> platform =
        app.auditLog.events("system").stream()
            .filter(e -> acme.toString().equals(e.targetId()))
            .toList();
    assertThat(platform)
        .extracting(AuditEvent::type)
        .containsExactly(
            AuditEventType.TENANT_CREATED,
            AuditEventType.TENANT_SUSPENDED,
            AuditEventType.TENANT_UPDATED,
            AuditEventType.TENANT_DELETED);
    assertThat(platform)
        .allSatisfy(
            e -> {
              assertThat(e.details()).containsEntry("slug", "acme");
              assertThat(e.actorEmail()).isEqualTo(TestApp.ADMIN_EMAIL);
              assertThat(e.targetType()).isEqualTo("tenant");
            });
    assertThat(platform.get(2).details()).containsEntry("status", "active");
    assertThat(app.useCases.auditTrail.verifyTenant(admin.actor(), TenantSlug.SYSTEM).valid())
        .isTrue();
  }

  @Test
  void shouldLeaveASignUpAndAnOwnersOwnChangesOutOfTheSystemTrail() {
    app.useCases.updateOwnTenant.update(
        owner.actor(),
        Commands.updateTenant(
            Optional.of("Acme Inc"), Optional.empty(), Optional.empty(), OptionalLong.empty()));

    assertThat(app.auditLog.events("system", AuditEventType.TENANT_UPDATED)).isEmpty();
    assertThat(app.auditLog.events("acme", AuditEventType.TENANT_UPDATED)).hasSize(1);
  }

  private void update(TenantId tenant, String status) {
    app.useCases.updateTenant.update(
        admin.actor(),
        tenant,
        Commands.updateTenant(
            Optional.empty(), Optional.empty(), Optional.of(status), OptionalLong.empty()));
  }
}
