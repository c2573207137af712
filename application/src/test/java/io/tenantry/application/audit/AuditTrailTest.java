package io.tenantry.application.audit;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.application.fakes.Commands;
import io.tenantry.application.fakes.FixedRequestOrigin;
import io.tenantry.application.fakes.TestApp;
import io.tenantry.application.fakes.TestApp.Session;
import io.tenantry.domain.audit.AuditEvent;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each service writes its audit event into the trail of the tenant it changed. */
class AuditTrailTest {
  private TestApp app;
  private Session owner;

  @BeforeEach
  void setUp() {
    app = TestApp.started();
    owner = aTenant().withSlug("acme").createAndLogInOwner(app);
  }

  private AuditEvent only(AuditEventType type) {
    List<AuditEvent> events = app.auditLog.events("acme", type);
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  @Test
  void shouldRecordTheTenantItsOwnerAndTheirLoginWithTheClient() {
    assertThat(only(AuditEventType.TENANT_CREATED).details()).containsEntry("slug", "acme");
    AuditEvent login = only(AuditEventType.LOGIN_SUCCEEDED);
    assertThat(login.actorId()).isEqualTo(owner.actor().userId());
    assertThat(login.ip()).isEqualTo(FixedRequestOrigin.IP);
    assertThat(login.userAgent()).isEqualTo(FixedRequestOrigin.USER_AGENT);
    assertThat(login.traceId()).isEqualTo(FixedRequestOrigin.TRACE_ID);
    // The system trail holds its own creation and, made by the platform admin, acme's.
    assertThat(app.auditLog.events("system", AuditEventType.TENANT_CREATED))
        .extracting(e -> e.details().get("slug"))
        .containsExactly("system", "acme");
  }

  @Test
  void shouldRecordEveryFailedLoginAndTheLockEvenThoughTheLoginThrows() {
    Session mel = aUser().withEmail("mel@acme.test").create(app, owner.actor());
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(
              () ->
                  app.useCases.login.login(
                      Commands.login("acme", "mel@acme.test", "wrong wrong wrong")))
          .isInstanceOf(AuthenticationException.class);
    }
    assertThatThrownBy(
            () -> app.useCases.login.login(Commands.login("acme", "nobody@acme.test", "whatever")))
        .isInstanceOf(AuthenticationException.class);

    List<AuditEvent> failed = app.auditLog.events("acme", AuditEventType.LOGIN_FAILED);
    assertThat(failed).hasSize(6);
    assertThat(failed.get(0).actorId()).isEqualTo(mel.actor().userId());
    assertThat(failed.get(5).actorId()).isNull();
    assertThat(failed.get(5).details()).containsEntry("reason", "unknown_account");
    assertThat(only(AuditEventType.ACCOUNT_LOCKED).targetId())
        .isEqualTo(mel.actor().userId().toString());
  }

  @Test
  void shouldRecordSessionsEnding() {
    Session second = app.logIn("acme", owner.actor().email().value(), TestApp.PASSWORD);
    app.useCases.rotateRefreshToken.refresh(second.refreshToken());
    assertThatThrownBy(() -> app.useCases.rotateRefreshToken.refresh(second.refreshToken()))
        .isInstanceOf(AuthenticationException.class);
    assertThat(only(AuditEventType.TOKEN_REUSE_DETECTED).details()).containsKey("family_id");

    app.useCases.logout.logout(owner.refreshToken());
    app.useCases.logoutEverywhere.logoutAll(owner.actor());
    assertThat(app.auditLog.events("acme", AuditEventType.LOGOUT))
        .extracting(e -> e.details().get("scope"))
        .containsExactly("session", "all");
  }

  @Test
  void shouldRecordPasswordChangeAndReset() {
    Session mel = aUser().withEmail("mel@acme.test").create(app, owner.actor());
    app.useCases.changePassword.changePassword(
        mel.actor(), TestApp.PASSWORD, "a completely new passphrase");
    assertThat(only(AuditEventType.PASSWORD_CHANGED).actorId()).isEqualTo(mel.actor().userId());

    app.useCases.forgotPassword.forgotPassword(
        Commands.slug("acme"), Commands.email("mel@acme.test"));
    app.useCases.resetPassword.resetPassword(
        app.outbox.tokenSentTo("mel@acme.test"), "yet another fresh passphrase");
    assertThat(only(AuditEventType.PASSWORD_RESET).actorId()).isEqualTo(mel.actor().userId());
    assertThat(app.auditLog.events("acme"))
        .allSatisfy(e -> assertThat(e.details().values()).noneMatch(v -> v.contains("passphrase")));
  }

  @Test
  void shouldRecordTheLifeOfAUser() {
    Session mel = aUser().withEmail("mel@acme.test").create(app, owner.actor());
    var id = mel.actor().userId().value();
    app.useCases.assignRoles.assign(
        owner.actor(), new UserId(id), Commands.roles(List.of("admin")), OptionalLong.empty());
    app.useCases.updateUser.update(
        owner.actor(),
        Commands.updateUser(id, Optional.empty(), Optional.of("disabled"), OptionalLong.empty()));
    app.useCases.deleteUser.delete(owner.actor(), new UserId(id));

    assertThat(only(AuditEventType.USER_CREATED).details()).containsEntry("roles", "member");
    assertThat(only(AuditEventType.USER_UPDATED).details())
        .containsEntry("change", "invitation_accepted");
    assertThat(only(AuditEventType.USER_ROLES_CHANGED).details())
        .containsEntry("from", "member")
        .containsEntry("to", "admin");
    assertThat(only(AuditEventType.USER_DISABLED).actorId()).isEqualTo(owner.actor().userId());
    // The deleted user's address is not kept: their id is the pseudonym the trail uses.
    assertThat(only(AuditEventType.USER_DELETED).details())
        .isEqualTo(Map.of("self", "false"))
        .doesNotContainValue("mel@acme.test");
    assertThat(only(AuditEventType.USER_DELETED).targetId()).isEqualTo(id.toString());
  }

  @Test
  void shouldRecordTenantChangesInThatTenantsTrail() {
    app.useCases.updateOwnTenant.update(
        owner.actor(),
        Commands.updateTenant(
            Optional.of("Acme Inc"), Optional.empty(), Optional.empty(), OptionalLong.empty()));
    assertThat(only(AuditEventType.TENANT_UPDATED).details()).containsEntry("name", "Acme Inc");

    var tenantId = owner.actor().tenantId().value();
    app.useCases.updateTenant.update(
        app.platformAdmin().actor(),
        new TenantId(tenantId),
        Commands.updateTenant(
            Optional.empty(), Optional.empty(), Optional.of("suspended"), OptionalLong.empty()));
    assertThat(only(AuditEventType.TENANT_SUSPENDED).actorEmail()).isEqualTo(TestApp.ADMIN_EMAIL);
  }

  @Test
  void shouldVerifyTheChainAndNameATamperedRow() {
    assertThat(app.useCases.auditTrail.verify(owner.actor()).valid()).isTrue();
    AuditEvent first = app.auditLog.events("acme").get(0);
    app.auditLog.tamper(
        "acme",
        0,
        new AuditEvent(
            first.id(),
            first.occurredAt(),
            first.type(),
            null,
            "mallory@evil.test",
            first.targetType(),
            first.targetId(),
            first.ip(),
            first.userAgent(),
            first.traceId(),
            first.details()));
    assertThat(app.useCases.auditTrail.verify(owner.actor()).firstBroken()).contains(first.id());
  }
}
