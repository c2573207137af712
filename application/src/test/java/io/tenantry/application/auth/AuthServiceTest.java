package io.tenantry.application.auth;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.TestApp.PASSWORD;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.application.account.AcceptInvitationCommand;
import io.tenantry.application.fakes.TestApp;
import io.tenantry.application.fakes.TestApp.Session;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.tenant.UpdateTenantCommand;
import io.tenantry.application.user.UpdateUserCommand;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthServiceTest {
  private static final TenantSlug ACME = new TenantSlug("acme");
  private static final String UMA = "uma@acme.test";

  private TestApp app;
  private Session owner;
  private Session uma;

  @BeforeEach
  void setUp() {
    app = TestApp.started();
    owner = aTenant().withSlug("acme").createAndLogInOwner(app);
    uma = aUser().withEmail(UMA).withRoles("member").create(app, owner.actor());
  }

  @Test
  void shouldLogInWithTheRightPassword() {
    TokenPair tokens = app.auth.login(new LoginCommand("acme", UMA, PASSWORD));

    Actor actor = app.auth.authenticate(tokens.accessToken());
    assertThat(actor.email().value()).isEqualTo(UMA);
    assertThat(actor.tenant()).isEqualTo(ACME);
    assertThat(actor.roles()).containsExactly(Role.MEMBER);
    assertThat(tokens.expiresIn()).isEqualTo(15 * 60);
    assertThat(tokens.refreshExpiresIn()).isEqualTo(Duration.ofDays(30).toSeconds());
    assertThat(tokens.refreshToken()).hasSize(65).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void shouldAcceptTheEmailInAnyCase() {
    TokenPair tokens = app.auth.login(new LoginCommand("acme", " UMA@Acme.TEST ", PASSWORD));

    assertThat(app.auth.authenticate(tokens.accessToken()).email().value()).isEqualTo(UMA);
  }

  @Test
  void shouldRecordTheLastLogin() {
    app.clock.advance(Duration.ofHours(1));

    app.auth.login(new LoginCommand("acme", UMA, PASSWORD));

    assertThat(app.userRepository.stored(ACME, uma.actor().userId()).orElseThrow().lastLoginAt())
        .contains(app.clock.instant());
  }

  @Test
  void shouldRefuseAWrongPasswordAfterOneVerification() {
    assertInvalidCredentialsAfterOneVerification(
        () -> app.auth.login(new LoginCommand("acme", UMA, "wrong-password-here")));
  }

  @Test
  void shouldRefuseAnUnknownEmailAfterOneDummyVerification() {
    assertInvalidCredentialsAfterOneVerification(
        () -> app.auth.login(new LoginCommand("acme", "nobody@acme.test", PASSWORD)));
    assertThat(app.hasher.dummyVerifications()).isEqualTo(1);
  }

  @Test
  void shouldRefuseAMalformedEmailAfterOneVerification() {
    assertInvalidCredentialsAfterOneVerification(
        () -> app.auth.login(new LoginCommand("acme", "not-an-email", PASSWORD)));
  }

  @Test
  void shouldRefuseAnUnknownTenantAfterOneVerification() {
    assertInvalidCredentialsAfterOneVerification(
        () -> app.auth.login(new LoginCommand("globex", UMA, PASSWORD)));
  }

  @Test
  void shouldRefuseAMalformedTenantSlugAfterOneVerification() {
    assertInvalidCredentialsAfterOneVerification(
        () -> app.auth.login(new LoginCommand("Not A Slug!", UMA, PASSWORD)));
    assertInvalidCredentialsAfterOneVerification(
        () -> app.auth.login(new LoginCommand(null, UMA, PASSWORD)));
  }

  @Test
  void shouldRefuseAMissingPasswordAfterOneVerification() {
    assertInvalidCredentialsAfterOneVerification(
        () -> app.auth.login(new LoginCommand("acme", UMA, null)));
  }

  @Test
  void shouldRefuseAnInvitedUserAfterOneVerification() {
    aUser().withEmail("ivan@acme.test").invite(app, owner.actor());

    assertInvalidCredentialsAfterOneVerification(
        () -> app.auth.login(new LoginCommand("acme", "ivan@acme.test", PASSWORD)));
  }

  @Test
  void shouldRefuseADisabledUserAfterOneVerification() {
    disable(uma);

    assertInvalidCredentialsAfterOneVerification(
        () -> app.auth.login(new LoginCommand("acme", UMA, PASSWORD)));
  }

  @Test
  void shouldRefuseLoginsToASuspendedTenantAfterOneVerification() {
    suspendAcme();

    assertInvalidCredentialsAfterOneVerification(
        () -> app.auth.login(new LoginCommand("acme", UMA, PASSWORD)));
  }

  @Test
  void shouldNotFindAUserOfAnotherTenant() {
    aTenant().withSlug("globex").createIn(app);

    assertInvalidCredentialsAfterOneVerification(
        () -> app.auth.login(new LoginCommand("globex", UMA, PASSWORD)));
  }

  @Test
  void shouldRotateTheRefreshToken() {
    TokenPair first = app.auth.login(new LoginCommand("acme", UMA, PASSWORD));

    TokenPair second = app.auth.refresh(first.refreshToken());

    assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
    assertThat(app.auth.authenticate(second.accessToken()).userId())
        .isEqualTo(uma.actor().userId());
    assertThatThrownBy(() -> app.auth.refresh(first.refreshToken()))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void shouldRevokeTheWholeFamilyWhenARotatedTokenIsReused() {
    TokenPair first = app.auth.login(new LoginCommand("acme", UMA, PASSWORD));
    TokenPair second = app.auth.refresh(first.refreshToken());
    TokenPair third = app.auth.refresh(second.refreshToken());

    assertThatThrownBy(() -> app.auth.refresh(first.refreshToken()))
        .isInstanceOfSatisfying(
            AuthenticationException.class, e -> assertThat(e.code()).isEqualTo("invalid_token"));

    assertThatThrownBy(() -> app.auth.refresh(third.refreshToken()))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void shouldKeepOtherLoginsAliveWhenOneFamilyIsRevoked() {
    TokenPair leaked = app.auth.login(new LoginCommand("acme", UMA, PASSWORD));
    TokenPair otherDevice = app.auth.login(new LoginCommand("acme", UMA, PASSWORD));
    app.auth.refresh(leaked.refreshToken());

    assertThatThrownBy(() -> app.auth.refresh(leaked.refreshToken()))
        .isInstanceOf(AuthenticationException.class);

    assertThat(app.auth.refresh(otherDevice.refreshToken()).refreshToken()).isNotBlank();
  }

  @Test
  void shouldRefuseAnExpiredRefreshToken() {
    TokenPair tokens = app.auth.login(new LoginCommand("acme", UMA, PASSWORD));
    app.clock.advance(Duration.ofDays(31));

    assertThatThrownBy(() -> app.auth.refresh(tokens.refreshToken()))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void shouldRefuseGarbageRefreshTokens() {
    assertThatThrownBy(() -> app.auth.refresh("garbage"))
        .isInstanceOfSatisfying(
            AuthenticationException.class, e -> assertThat(e.code()).isEqualTo("invalid_token"));
    assertThatThrownBy(() -> app.auth.refresh(null)).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void shouldRefuseToRefreshForADisabledUser() {
    TokenPair tokens = app.auth.login(new LoginCommand("acme", UMA, PASSWORD));
    disable(uma);

    assertThatThrownBy(() -> app.auth.refresh(tokens.refreshToken()))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void shouldEndTheSessionOnLogout() {
    TokenPair tokens = app.auth.login(new LoginCommand("acme", UMA, PASSWORD));

    app.auth.logout(tokens.refreshToken());

    assertThatThrownBy(() -> app.auth.refresh(tokens.refreshToken()))
        .isInstanceOf(AuthenticationException.class);
    assertThat(app.auth.refresh(uma.refreshToken()).refreshToken()).isNotBlank();
  }

  @Test
  void shouldIgnoreLogoutWithAnUnknownToken() {
    app.auth.logout("garbage");
    app.auth.logout(null);

    assertThat(app.auth.refresh(uma.refreshToken()).refreshToken()).isNotBlank();
  }

  @Test
  void shouldEndEverySessionOnLogoutAll() {
    TokenPair other = app.auth.login(new LoginCommand("acme", UMA, PASSWORD));

    app.auth.logoutAll(uma.actor());

    assertUnauthenticated(() -> app.auth.authenticate(uma.accessToken()));
    assertUnauthenticated(() -> app.auth.authenticate(other.accessToken()));
    assertThatThrownBy(() -> app.auth.refresh(uma.refreshToken()))
        .isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> app.auth.refresh(other.refreshToken()))
        .isInstanceOf(AuthenticationException.class);
    assertThat(app.auth.authenticate(owner.accessToken()).userId())
        .isEqualTo(owner.actor().userId());
  }

  @Test
  void shouldAcceptANewLoginAfterLogoutAll() {
    app.auth.logoutAll(uma.actor());

    Session again = app.logIn("acme", UMA, PASSWORD);

    assertThat(again.actor().userId()).isEqualTo(uma.actor().userId());
  }

  @Test
  void shouldRefuseTheAccessTokenOfADisabledUserAtOnce() {
    assertThat(app.auth.authenticate(uma.accessToken()).userId()).isEqualTo(uma.actor().userId());

    disable(uma);

    assertUnauthenticated(() -> app.auth.authenticate(uma.accessToken()));
  }

  @Test
  void shouldRefuseTheAccessTokenOfADeletedUserAtOnce() {
    app.auth.authenticate(uma.accessToken());

    app.users.delete(owner.actor(), uma.userId());

    assertUnauthenticated(() -> app.auth.authenticate(uma.accessToken()));
  }

  @Test
  void shouldSeeRoleChangesOnTheNextRequest() {
    app.auth.authenticate(uma.accessToken());

    app.users.setRoles(
        owner.actor(), uma.userId(), java.util.List.of("admin"), OptionalLong.empty());

    assertThat(app.auth.authenticate(uma.accessToken()).roles()).containsExactly(Role.ADMIN);
  }

  @Test
  void shouldForbidTokensOfASuspendedTenant() {
    suspendAcme();

    assertThatThrownBy(() -> app.auth.authenticate(uma.accessToken()))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.code()).isEqualTo("tenant_suspended"));
  }

  @Test
  void shouldRefuseUnknownAccessTokens() {
    assertUnauthenticated(() -> app.auth.authenticate("forged"));
    assertUnauthenticated(() -> app.auth.authenticate(null));
  }

  @Test
  void shouldActivateAnInvitedUserWhoAcceptsAndLogThemIn() {
    aUser().withEmail("ivan@acme.test").invite(app, owner.actor());
    String token = app.outbox.tokenSentTo("ivan@acme.test");

    TokenPair tokens =
        app.accounts.acceptInvitation(new AcceptInvitationCommand(token, PASSWORD, "Ivan Invited"));

    Actor ivan = app.auth.authenticate(tokens.accessToken());
    var stored = app.userRepository.stored(ACME, ivan.userId()).orElseThrow();
    assertThat(stored.status()).isEqualTo(UserStatus.ACTIVE);
    assertThat(stored.emailVerified()).isTrue();
    assertThat(stored.displayName().value()).isEqualTo("Ivan Invited");
    assertThat(app.logIn("acme", "ivan@acme.test", PASSWORD).actor().userId())
        .isEqualTo(ivan.userId());
  }

  @Test
  void shouldRefuseAnInvitationTokenUsedTwice() {
    aUser().withEmail("ivan@acme.test").invite(app, owner.actor());
    String token = app.outbox.tokenSentTo("ivan@acme.test");
    app.accounts.acceptInvitation(new AcceptInvitationCommand(token, PASSWORD, "Ivan"));

    assertInvalidToken(
        () -> app.accounts.acceptInvitation(new AcceptInvitationCommand(token, PASSWORD, "Ivan")));
  }

  @Test
  void shouldRefuseAnExpiredInvitation() {
    aUser().withEmail("ivan@acme.test").invite(app, owner.actor());
    String token = app.outbox.tokenSentTo("ivan@acme.test");
    app.clock.advance(Duration.ofDays(8));

    assertInvalidToken(
        () -> app.accounts.acceptInvitation(new AcceptInvitationCommand(token, PASSWORD, "Ivan")));
  }

  @Test
  void shouldRefuseAGarbageInvitationToken() {
    assertInvalidToken(
        () ->
            app.accounts.acceptInvitation(
                new AcceptInvitationCommand("garbage", PASSWORD, "Ivan")));
  }

  @Test
  void shouldRefuseAWeakPasswordWhenAcceptingAndKeepTheInvitation() {
    aUser().withEmail("ivan@acme.test").invite(app, owner.actor());
    String token = app.outbox.tokenSentTo("ivan@acme.test");

    assertThatThrownBy(
            () ->
                app.accounts.acceptInvitation(new AcceptInvitationCommand(token, "short", "Ivan")))
        .isInstanceOfSatisfying(
            RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("weak_password"));

    assertThat(app.accounts.acceptInvitation(new AcceptInvitationCommand(token, PASSWORD, "Ivan")))
        .isNotNull();
  }

  private void disable(Session user) {
    app.users.update(
        owner.actor(),
        user.userId(),
        new UpdateUserCommand(Optional.empty(), Optional.of("disabled"), OptionalLong.empty()));
  }

  private void suspendAcme() {
    app.admin.updateTenant(
        app.platformAdmin().actor(),
        owner.actor().tenantId().value(),
        new UpdateTenantCommand(
            Optional.empty(), Optional.empty(), Optional.of("suspended"), OptionalLong.empty()));
  }

  private void assertInvalidCredentialsAfterOneVerification(ThrowingCallable login) {
    app.hasher.resetCounts();

    assertThatThrownBy(login)
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> assertThat(e.code()).isEqualTo("invalid_credentials"));
    assertThat(app.hasher.verifications()).isEqualTo(1);
  }

  private static void assertUnauthenticated(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            AuthenticationException.class, e -> assertThat(e.code()).isEqualTo("unauthenticated"));
  }

  private static void assertInvalidToken(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("invalid_token"));
  }

  @Test
  void shouldLockTheAccountAfterFiveWrongPasswordsUntilTheLockExpires() {
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> app.logIn("acme", UMA, "wrong passphrase xyz"))
          .isInstanceOf(AuthenticationException.class);
    }
    assertThatThrownBy(() -> app.logIn("acme", UMA, PASSWORD))
        .isInstanceOf(AuthenticationException.class)
        .hasFieldOrPropertyWithValue("code", "invalid_credentials");

    app.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
    assertThat(app.logIn("acme", UMA, PASSWORD).actor()).isNotNull();
  }
}
