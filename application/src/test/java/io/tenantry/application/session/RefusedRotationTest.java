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
import io.tenantry.domain.auth.RefreshToken;
import io.tenantry.domain.auth.ScopedToken;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A rotation commits before the user is checked; a refusal after it must leave no successor that
 * could be used, and the presented token as the single transaction used to leave it.
 */
class RefusedRotationTest {
  private static final String UMA = "uma@acme.test";

  private TestApp app;
  private Session uma;
  private TenantRef acme;

  @BeforeEach
  void setUp() {
    app = TestApp.started();
    Session owner = aTenant().withSlug("acme").createAndLogInOwner(app);
    uma = aUser().withEmail(UMA).withRoles("member").create(app, owner.actor());
    acme = app.tenantRepository.findBySlug(new TenantSlug("acme")).orElseThrow().ref();
  }

  @Test
  void shouldTakeBackTheRotationOfALockedUserAndRefreshOnceTheLockEnds() {
    TokenPair tokens = app.useCases.login.login(Commands.login("acme", UMA, PASSWORD));
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> app.useCases.login.login(Commands.login("acme", UMA, "wrong")))
          .isInstanceOf(AuthenticationException.class);
    }

    assertThatThrownBy(() -> app.useCases.rotateRefreshToken.refresh(tokens.refreshToken()))
        .isInstanceOfSatisfying(
            AuthenticationException.class, e -> assertThat(e.code()).isEqualTo("invalid_token"));

    // No successor was kept: the session's only live token is still the presented one.
    assertThat(liveTokensOf(tokens)).extracting(RefreshToken::hash).containsExactly(hashOf(tokens));
    app.clock.advance(Duration.ofMinutes(16));
    assertThat(app.useCases.rotateRefreshToken.refresh(tokens.refreshToken()).refreshToken())
        .isNotEqualTo(tokens.refreshToken());
  }

  @Test
  void shouldRevokeTheFamilyWhenTheSessionsSecurityVersionIsLeft() {
    TokenPair tokens = app.useCases.login.login(Commands.login("acme", UMA, PASSWORD));
    // A new security version without touching the stored sessions: the refresh alone must refuse.
    UserId id = uma.actor().userId();
    app.unitOfWork.inTenant(
        acme,
        () -> {
          User user = app.userRepository.findById(id).orElseThrow();
          user.revokeSessions(app.clock.instant());
          app.userRepository.save(user);
        });
    app.clock.advance(Duration.ofMinutes(1)); // past the security cache's lifetime

    assertThatThrownBy(() -> app.useCases.rotateRefreshToken.refresh(tokens.refreshToken()))
        .isInstanceOfSatisfying(
            AuthenticationException.class, e -> assertThat(e.code()).isEqualTo("invalid_token"));

    assertThat(liveTokensOf(tokens)).isEmpty();
    assertThatThrownBy(() -> app.useCases.rotateRefreshToken.refresh(tokens.refreshToken()))
        .isInstanceOf(AuthenticationException.class);
  }

  /** The live tokens of the session {@code tokens} belong to. */
  private List<RefreshToken> liveTokensOf(TokenPair tokens) {
    return app
        .unitOfWork
        .inTenant(
            acme, () -> app.refreshTokens.liveSessionsOf(uma.actor().userId(), app.clock.instant()))
        .stream()
        .filter(t -> t.familyId().equals(tokens.sessionId()))
        .toList();
  }

  private static TokenHash hashOf(TokenPair tokens) {
    return ScopedToken.parse(tokens.refreshToken()).orElseThrow().hash();
  }
}
