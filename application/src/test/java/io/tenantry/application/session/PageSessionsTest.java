package io.tenantry.application.session;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.TestApp.PASSWORD;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.application.fakes.Commands;
import io.tenantry.application.fakes.TestApp;
import io.tenantry.application.fakes.TestApp.Session;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageSessionsTest {
  private static final String UMA = "uma@acme.test";

  private TestApp app;
  private Session uma;
  private Session owner;

  @BeforeEach
  void setUp() {
    app = TestApp.started();
    owner = aTenant().withSlug("acme").createAndLogInOwner(app);
    uma = aUser().withEmail(UMA).withRoles("member").create(app, owner.actor());
  }

  @Test
  void shouldSignInToANewSessionAndResumeItFromTheCookie() {
    String cookie = signIn();

    PageCaller caller = app.useCases.pageSessions.resume(cookie).orElseThrow();
    assertThat(caller.actor().email().value()).isEqualTo(UMA);
    assertThat(caller.actor().session()).isPresent();
    assertThat(caller.actor().session()).isNotEqualTo(uma.actor().session());
    assertThat(app.useCases.ownSessions.list(uma.actor()))
        .extracting(SessionView::id)
        .contains(caller.actor().session().get());
    assertThat(cookie).hasSize(65).isNotEqualTo(signIn());
  }

  @Test
  void shouldGrantWhatTheTenantsOwnRolesGrantAsBearerTokensDo() {
    app.useCases.createRole.create(
        owner.actor(), new Role("support"), "Support desk", Set.of(Permission.AUDIT_READ));
    Session fresh = app.logIn("acme", owner.actor().email().value(), PASSWORD);
    app.useCases.assignRoles.assign(
        fresh.actor(),
        uma.actor().userId(),
        Set.of(Role.MEMBER, new Role("support")),
        OptionalLong.empty());

    PageCaller caller = app.useCases.pageSessions.resume(signIn()).orElseThrow();

    assertThat(caller.actor().permissions()).contains(Permission.AUDIT_READ, Permission.USERS_READ);
  }

  @Test
  void shouldRefuseWrongCredentialsLikeTheJsonLogin() {
    assertThatThrownBy(
            () -> app.useCases.pageSessions.signIn(Commands.login("acme", UMA, "not the password")))
        .isInstanceOf(AuthenticationException.class)
        .hasFieldOrPropertyWithValue("code", "invalid_credentials");
  }

  @Test
  void shouldEndWithTheSessionItIsBoundTo() {
    String cookie = signIn();
    UUID sid = app.useCases.pageSessions.resume(cookie).orElseThrow().actor().session().get();

    app.useCases.ownSessions.revoke(uma.actor(), sid);

    assertThat(app.useCases.pageSessions.resume(cookie)).isEmpty();
  }

  @Test
  void shouldEndWithLogoutEverywhere() {
    String cookie = signIn();

    app.useCases.logoutEverywhere.logoutAll(uma.actor());

    assertThat(app.useCases.pageSessions.resume(cookie)).isEmpty();
  }

  @Test
  void shouldEndAfterTheIdleTimeoutButNotWhileUsed() {
    String cookie = signIn();
    app.clock.advance(Duration.ofMinutes(29));
    assertThat(app.useCases.pageSessions.resume(cookie)).isPresent();
    app.clock.advance(Duration.ofMinutes(29));
    assertThat(app.useCases.pageSessions.resume(cookie)).isPresent();

    app.clock.advance(Duration.ofMinutes(30));

    assertThat(app.useCases.pageSessions.resume(cookie)).isEmpty();
  }

  @Test
  void shouldSignOutTheBrowserAndItsSession() {
    String cookie = signIn();
    UUID sid = app.useCases.pageSessions.resume(cookie).orElseThrow().actor().session().get();

    app.useCases.pageSessions.signOut(cookie);

    assertThat(app.useCases.pageSessions.resume(cookie)).isEmpty();
    assertThat(app.useCases.ownSessions.list(uma.actor()))
        .extracting(SessionView::id)
        .doesNotContain(sid);
  }

  @Test
  void shouldIgnoreMalformedAndUnknownCookies() {
    assertThat(app.useCases.pageSessions.resume("nonsense")).isEmpty();
    assertThat(app.useCases.pageSessions.resume(null)).isEmpty();
    String cookie = signIn();
    String forged = cookie.substring(0, 64) + (cookie.endsWith("A") ? "B" : "A");
    assertThat(app.useCases.pageSessions.resume(forged)).isEmpty();
  }

  private String signIn() {
    return app.useCases.pageSessions.signIn(Commands.login("acme", UMA, PASSWORD));
  }
}
