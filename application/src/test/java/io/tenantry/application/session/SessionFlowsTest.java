package io.tenantry.application.session;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.TestApp.PASSWORD;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.application.auth.TokenPair;
import io.tenantry.application.fakes.Commands;
import io.tenantry.application.fakes.TestApp;
import io.tenantry.application.fakes.TestApp.Session;
import io.tenantry.application.shared.Actor;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionFlowsTest {
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
    TokenPair tokens = app.useCases.login.login(Commands.login("acme", UMA, PASSWORD));

    Actor actor = app.useCases.authenticate.authenticate(tokens.accessToken());
    assertThat(actor.email().value()).isEqualTo(UMA);
    assertThat(actor.tenant()).isEqualTo(ACME);
    assertThat(actor.roles()).containsExactly(Role.MEMBER);
    assertThat(tokens.expiresIn()).isEqualTo(15 * 60);
    assertThat(tokens.refreshExpiresIn()).isEqualTo(Duration.ofDays(30).toSeconds());
    assertThat(tokens.refreshToken()).hasSize(65).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void shouldAcceptTheEmailInAnyCase() {
    TokenPair tokens =
        app.useCases.login.login(Commands.login("acme", " UMA@Acme.TEST ", PASSWORD));

    assertThat(app.useCases.authenticate.authenticate(tokens.accessToken()).email().value())
        .isEqualTo(UMA);
  }

  @Test
  void shouldRecordTheLastLogin() {
    app.clock.advance(Duration.ofHours(1));

    app.useCases.login.login(Commands.login("acme", UMA, PASSWORD));

    assertThat(app.userRepository.stored(ACME, uma.actor().userId()).orElseThrow().lastLoginAt())
        .contains(app.clock.instant());
  }

  @Test
  void shouldRefuseAWrongPasswordAfterOneVerification() {
    assertInvalidCredentialsAfterOneVerification(
        () -> app.useCases.login.login(Commands.login("acme", UMA, "wrong-password-here")));
  }

  @Test
  void shouldRefuseAnUnknownEmailAfterOneDummyVerification() {
    assertInvalidCredentialsAfterOneVerification(
        () -> app.useCases.login.login(Commands.login("acme", "nobody@acme.test", PASSWORD)));
    assertThat(app.hasher.dummyVerifications()).isEqualTo(1);
  }

  @Test
  void shouldRefuseAMalformedEmailAfterOneVerification() {
    assertInvalidCredentialsAfterOneVerification(
        () -> app.useCases.login.login(Commands.login("acme", "not-an-email", PASSWORD)));
  }

  @Test
  void shouldRefuseAnUnknownTenantAfterOneVerification() {
    assertInvalidCredentialsAfterOneVerification(
        () -> app.useCases.login.login(Commands.login("globex", UMA, PASSWORD)));
  }

  @Test
  void shouldRefuseAMalformedTenantSlugAfterOneVerification() {
    assertInvalidCredentialsAfterOneVerification(
        () -> app.useCases.login.login(Commands.login("Not A Slug!", UMA, PASSWORD)));
    assertInvalidCredentialsAfterOneVerification(
        () -> app.useCases.login.login(Commands.login(null, UMA, PASSWORD)));
  }

  @Test
  void shouldRefuseAMissingPasswordAfterOneVerification() {
    assertInvalidCredentialsAfterOneVerification(
        () -> app.useCases.login.login(Commands.login("acme", UMA, null)));
  }

  @Test
  void shouldRefuseAnInvitedUserAfterOneVerification() {
    aUser().withEmail("ivan@acme.test").invite(app, owner.actor());

    assertInvalidCredentialsAfterOneVerification(
        () -> app.useCases.login.login(Commands.login("acme", "ivan@acme.test", PASSWORD)));
  }

  @Test
  void shouldRefuseADisabledUserAfterOneVerification() {
    disable(uma);

    assertInvalidCredentialsAfterOneVerification(
        () -> app.useCases.login.login(Commands.login("acme", UMA, PASSWORD)));
  }

  @Test
  void shouldRefuseLoginsToASuspendedTenantAfterOneVerification() {
    suspendAcme();

    assertInvalidCredentialsAfterOneVerification(
        () -> app.useCases.login.login(Commands.login("acme", UMA, PASSWORD)));
  }

  @Test
  void shouldNotFindAUserOfAnotherTenant() {
    aTenant().withSlug("globex").createIn(app);

    assertInvalidCredentialsAfterOneVerification(
        () -> app.useCases.login.login(Commands.login("globex", UMA, PASSWORD)));
  }

  @Test
  void shouldRotateTheRefreshToken() {
    TokenPair first = app.useCases.login.login(Commands.login("acme", UMA, PASSWORD));

    TokenPair second = app.useCases.rotateRefreshToken.refresh(first.refreshToken());

    assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
    assertThat(app.useCases.authenticate.authenticate(second.accessToken()).userId())
        .isEqualTo(uma.actor().userId());
    assertThatThrownBy(() -> app.useCases.rotateRefreshToken.refresh(first.refreshToken()))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void shouldRevokeTheWholeFamilyWhenARotatedTokenIsReused() {
    TokenPair first = app.useCases.login.login(Commands.login("acme", UMA, PASSWORD));
    TokenPair second = app.useCases.rotateRefreshToken.refresh(first.refreshToken());
    TokenPair third = app.useCases.rotateRefreshToken.refresh(second.refreshToken());

    assertThatThrownBy(() -> app.useCases.rotateRefreshToken.refresh(first.refreshToken()))
        .isInstanceOfSatisfying(
            AuthenticationException.class, e -> assertThat(e.code()).isEqualTo("invalid_token"));

    assertThatThrownBy(() -> app.useCases.rotateRefreshToken.refresh(third.refreshToken()))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void shouldKeepOtherLoginsAliveWhenOneFamilyIsRevoked() {
    TokenPair leaked = app.useCases.login.login(Commands.login("acme", UMA, PASSWORD));
    TokenPair otherDevice = app.useCases.login.login(Commands.login("acme", UMA, PASSWORD));
    app.useCases.rotateRefreshToken.refresh(leaked.refreshToken());

    assertThatThrownBy(() -> app.useCases.rotateRefreshToken.refresh(leaked.refreshToken()))
        .isInstanceOf(AuthenticationException.class);

    assertThat(app.useCases.rotateRefreshToken.refresh(otherDevice.refreshToken()).refreshToken())
        .isNotBlank();
  }

  @Test
  void shouldRefuseAnExpiredRefreshToken() {
    TokenPair tokens = app.useCases.login.login(Commands.login("acme", UMA, PASSWORD));
    app.clock.advance(Duration.ofDays(31));

    assertThatThrownBy(() -> app.useCases.rotateRefreshToken.refresh(tokens.refreshToken()))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void shouldRefuseGarbageRefreshTokens() {
    assertThatThrownBy(() -> app.useCases.rotateRefreshToken.refresh("garbage"))
        .isInstanceOfSatisfying(
            AuthenticationException.class, e -> assertThat(e.code()).isEqualTo("invalid_token"));
    assertThatThrownBy(() -> app.useCases.rotateRefreshToken.refresh(null))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void shouldRefuseToRefreshForADisabledUser() {
    TokenPair tokens = app.useCases.login.login(Commands.login("acme", UMA, PASSWORD));
    disable(uma);

    assertThatThrownBy(() -> app.useCases.rotateRefreshToken.refresh(tokens.refreshToken()))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void shouldEndTheSessionOnLogout() {
    TokenPair tokens = app.useCases.login.login(Commands.login("acme", UMA, PASSWORD));

    app.useCases.logout.logout(tokens.refreshToken());

    assertThatThrownBy(() -> app.useCases.rotateRefreshToken.refresh(tokens.refreshToken()))
        .isInstanceOf(AuthenticationException.class);
    assertThat(app.useCases.rotateRefreshToken.refresh(uma.refreshToken()).refreshToken())
        .isNotBlank();
  }

  @Test
  void shouldIgnoreLogoutWithAnUnknownToken() {
    app.useCases.logout.logout("garbage");
    app.useCases.logout.logout(null);

    assertThat(app.useCases.rotateRefreshToken.refresh(uma.refreshToken()).refreshToken())
        .isNotBlank();
  }

  @Test
  void shouldEndEverySessionOnLogoutAll() {
    TokenPair other = app.useCases.login.login(Commands.login("acme", UMA, PASSWORD));

    app.useCases.logoutEverywhere.logoutAll(uma.actor());

    assertUnauthenticated(() -> app.useCases.authenticate.authenticate(uma.accessToken()));
    assertUnauthenticated(() -> app.useCases.authenticate.authenticate(other.accessToken()));
    assertThatThrownBy(() -> app.useCases.rotateRefreshToken.refresh(uma.refreshToken()))
        .isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> app.useCases.rotateRefreshToken.refresh(other.refreshToken()))
        .isInstanceOf(AuthenticationException.class);
    assertThat(app.useCases.authenticate.authenticate(owner.accessToken()).userId())
        .isEqualTo(owner.actor().userId());
  }

  @Test
  void shouldRememberAnEndedSessionInsteadOfReloadingOnEveryCall() {
    Session other = app.logIn("acme", UMA, PASSWORD);
    app.useCases.logout.logout(other.refreshToken());
    assertUnauthenticated(() -> app.useCases.authenticate.authenticate(other.accessToken()));
    int reads = app.refreshTokens.liveSessionReads();

    for (int call = 0; call < 5; call++) {
      assertUnauthenticated(() -> app.useCases.authenticate.authenticate(other.accessToken()));
    }

    assertThat(app.refreshTokens.liveSessionReads()).as("no reload per call").isEqualTo(reads);
    assertThat(app.useCases.authenticate.authenticate(uma.accessToken()).userId())
        .as("the user's live session is not affected")
        .isEqualTo(uma.actor().userId());
    Session again = app.logIn("acme", UMA, PASSWORD);
    assertThat(app.useCases.authenticate.authenticate(again.accessToken()).userId())
        .as("a new session is not mistaken for the ended one")
        .isEqualTo(uma.actor().userId());
  }

  @Test
  void shouldAcceptANewLoginAfterLogoutAll() {
    app.useCases.logoutEverywhere.logoutAll(uma.actor());

    Session again = app.logIn("acme", UMA, PASSWORD);

    assertThat(again.actor().userId()).isEqualTo(uma.actor().userId());
  }

  @Test
  void shouldRefuseTheAccessTokenOfADisabledUserAtOnce() {
    assertThat(app.useCases.authenticate.authenticate(uma.accessToken()).userId())
        .isEqualTo(uma.actor().userId());

    disable(uma);

    assertUnauthenticated(() -> app.useCases.authenticate.authenticate(uma.accessToken()));
  }

  @Test
  void shouldRefuseTheAccessTokenOfADeletedUserAtOnce() {
    app.useCases.authenticate.authenticate(uma.accessToken());

    app.useCases.deleteUser.delete(owner.actor(), new UserId(uma.userId()));

    assertUnauthenticated(() -> app.useCases.authenticate.authenticate(uma.accessToken()));
  }

  @Test
  void shouldSeeRoleChangesOnTheNextRequest() {
    app.useCases.authenticate.authenticate(uma.accessToken());

    app.useCases.assignRoles.assign(
        owner.actor(),
        new UserId(uma.userId()),
        Commands.roles(java.util.List.of("admin")),
        OptionalLong.empty());

    assertThat(app.useCases.authenticate.authenticate(uma.accessToken()).roles())
        .containsExactly(Role.ADMIN);
  }

  @Test
  void shouldForbidTokensOfASuspendedTenant() {
    suspendAcme();

    assertThatThrownBy(() -> app.useCases.authenticate.authenticate(uma.accessToken()))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.code()).isEqualTo("tenant_suspended"));
  }

  @Test
  void shouldRefuseUnknownAccessTokens() {
    assertUnauthenticated(() -> app.useCases.authenticate.authenticate("forged"));
    assertUnauthenticated(() -> app.useCases.authenticate.authenticate(null));
  }

  @Test
  void shouldActivateAnInvitedUserWhoAcceptsAndLogThemIn() {
    aUser().withEmail("ivan@acme.test").invite(app, owner.actor());
    String token = app.outbox.tokenSentTo("ivan@acme.test");

    TokenPair tokens =
        app.useCases.acceptInvitation.accept(
            Commands.acceptInvitation(token, PASSWORD, "Ivan Invited"));

    Actor ivan = app.useCases.authenticate.authenticate(tokens.accessToken());
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
    app.useCases.acceptInvitation.accept(Commands.acceptInvitation(token, PASSWORD, "Ivan"));

    assertInvalidToken(
        () ->
            app.useCases.acceptInvitation.accept(
                Commands.acceptInvitation(token, PASSWORD, "Ivan")));
  }

  @Test
  void shouldRefuseAnExpiredInvitation() {
    aUser().withEmail("ivan@acme.test").invite(app, owner.actor());
    String token = app.outbox.tokenSentTo("ivan@acme.test");
    app.clock.advance(Duration.ofDays(8));

    assertInvalidToken(
        () ->
            app.useCases.acceptInvitation.accept(
                Commands.acceptInvitation(token, PASSWORD, "Ivan")));
  }

  @Test
  void shouldRefuseAGarbageInvitationToken() {
    assertInvalidToken(
        () ->
            app.useCases.acceptInvitation.accept(
                Commands.acceptInvitation("garbage", PASSWORD, "Ivan")));
  }

  @Test
  void shouldRefuseAWeakPasswordWhenAcceptingAndKeepTheInvitation() {
    aUser().withEmail("ivan@acme.test").invite(app, owner.actor());
    String token = app.outbox.tokenSentTo("ivan@acme.test");

    assertThatThrownBy(
            () ->
                app.useCases.acceptInvitation.accept(
                    Commands.acceptInvitation(token, "short", "Ivan")))
        .isInstanceOfSatisfying(
            RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("weak_password"));

    assertThat(
            app.useCases.acceptInvitation.accept(
                Commands.acceptInvitation(token, PASSWORD, "Ivan")))
        .isNotNull();
  }

  private void disable(Session user) {
    app.useCases.updateUser.update(
        owner.actor(),
        Commands.updateUser(
            user.userId(), Optional.empty(), Optional.of("disabled"), OptionalLong.empty()));
  }

  private void suspendAcme() {
    app.useCases.updateTenant.update(
        app.platformAdmin().actor(),
        new TenantId(owner.actor().tenantId().value()),
        Commands.updateTenant(
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
