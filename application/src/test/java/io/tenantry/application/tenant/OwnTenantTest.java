package io.tenantry.application.tenant;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.application.fakes.Commands;
import io.tenantry.application.fakes.TestApp;
import io.tenantry.application.fakes.TestApp.Session;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.shared.PreconditionFailedException;
import io.tenantry.domain.shared.RuleViolationException;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OwnTenantTest {
  private TestApp app;
  private Session owner;
  private Session admin;

  @BeforeEach
  void setUp() {
    app = TestApp.started();
    owner = aTenant().withSlug("acme").withName("Acme Corp").createAndLogInOwner(app);
    admin = aUser().withEmail("ada@acme.test").withRoles("admin").create(app, owner.actor());
  }

  @Test
  void shouldShowTheCallersOwnTenant() {
    Session member = aUser().withEmail("mel@acme.test").create(app, owner.actor());

    TenantView current = app.useCases.readTenants.current(member.actor());

    assertThat(current.slug()).isEqualTo("acme");
    assertThat(current.name()).isEqualTo("Acme Corp");
    assertThat(current.selfRegistration()).isFalse();
  }

  @Test
  void shouldLetTheOwnerRenameAndOpenSelfRegistration() {
    TenantView updated =
        app.useCases.updateOwnTenant.update(
            owner.actor(),
            Commands.updateTenant(
                Optional.of(" Acme Inc "),
                Optional.of(true),
                Optional.empty(),
                OptionalLong.empty()));

    assertThat(updated.name()).isEqualTo("Acme Inc");
    assertThat(updated.selfRegistration()).isTrue();
    assertThat(app.useCases.readTenants.current(admin.actor()).name()).isEqualTo("Acme Inc");
  }

  @Test
  void shouldForbidAdminsToUpdateTheTenant() {
    assertThatThrownBy(
            () ->
                app.useCases.updateOwnTenant.update(
                    admin.actor(),
                    Commands.updateTenant(
                        Optional.of("Mine"),
                        Optional.empty(),
                        Optional.empty(),
                        OptionalLong.empty())))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void shouldRefuseAStatusChangeByTheOwner() {
    assertThatThrownBy(
            () ->
                app.useCases.updateOwnTenant.update(
                    owner.actor(),
                    Commands.updateTenant(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("suspended"),
                        OptionalLong.empty())))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void shouldRefuseAStaleExpectedVersion() {
    long version = app.useCases.readTenants.current(owner.actor()).version();

    assertThatThrownBy(
            () ->
                app.useCases.updateOwnTenant.update(
                    owner.actor(),
                    Commands.updateTenant(
                        Optional.of("X"),
                        Optional.empty(),
                        Optional.empty(),
                        OptionalLong.of(version + 1))))
        .isInstanceOf(PreconditionFailedException.class);
  }

  @Test
  void shouldNotLetAPlatformAdminReadATenantAsIfTheyBelongedToIt() {
    assertThatThrownBy(() -> app.useCases.readTenants.current(app.platformAdmin().actor()))
        .isInstanceOf(ForbiddenException.class);
  }
}
