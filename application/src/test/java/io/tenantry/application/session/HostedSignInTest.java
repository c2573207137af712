package io.tenantry.application.session;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.TestApp.PASSWORD;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.application.auth.TokenPair;
import io.tenantry.application.fakes.Commands;
import io.tenantry.application.fakes.FakeTotp;
import io.tenantry.application.fakes.TestApp;
import io.tenantry.application.fakes.TestApp.Session;
import io.tenantry.application.mfa.MfaChallenge;
import io.tenantry.application.mfa.MfaStepRequiredException;
import io.tenantry.domain.auth.AuthMethods;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.shared.AuthenticationException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hosted sign-in's second step on the use cases of the API: the {@code mfa_token} is bound to
 * its client, a wrong code counts, and every session says how its user authenticated.
 */
class HostedSignInTest {
  private static final String UMA = "uma@acme.test";
  private static final ClientId APP = new ClientId("an-oauth-client");

  private TestApp app;
  private Session uma;

  @BeforeEach
  void setUp() {
    app = TestApp.started();
    Session owner = aTenant().withSlug("acme").createAndLogInOwner(app);
    uma = aUser().withEmail(UMA).withRoles("member").create(app, owner.actor());
  }

  @Test
  void givenNoMfa_thenThePasswordOpensAPagesSessionOfAPasswordAlone() {
    SignInStep step = app.useCases.hostedSignIn.signIn(login(), APP);

    assertThat(step.secondFactor()).isEmpty();
    PageCaller caller = app.useCases.pageSessions.resume(step.cookie()).orElseThrow();
    assertThat(caller.methods()).isEqualTo(AuthMethods.PASSWORD);
    assertThat(caller.methods().amr()).containsExactly("pwd");
  }

  @Test
  void givenMfa_thenACodeOfTheSameClientOpensASessionOfPasswordAndOtp() {
    enrol();
    MfaChallenge challenge = app.useCases.hostedSignIn.signIn(login(), APP).secondFactor().get();
    assertThat(challenge.kind()).isEqualTo(MfaChallenge.Kind.VERIFY);
    app.clock.advance(Duration.ofSeconds(30));
    String code = FakeTotp.codeAt(app.clock.instant());

    assertInvalid(() -> app.useCases.mfaLogin.verify(challenge.mfaToken(), code), "invalid_token");
    assertInvalid(
        () ->
            app.useCases.hostedSignIn.verify(
                challenge.mfaToken(), HostedSignIn.ACCOUNT_PAGES, code),
        "invalid_token");
    assertInvalid(
        () -> app.useCases.hostedSignIn.verify(challenge.mfaToken(), APP, "000000"),
        "invalid_mfa_code");
    String cookie = app.useCases.hostedSignIn.verify(challenge.mfaToken(), APP, code);

    PageCaller caller = app.useCases.pageSessions.resume(cookie).orElseThrow();
    assertThat(caller.methods().amr()).containsExactly("pwd", "otp");
  }

  @Test
  void givenMfa_thenAnApiMfaTokenWorksOnlyOnTheApiAndItsTokensKeepAmrOnRefresh() {
    enrol();
    String mfaToken = apiChallenge();
    app.clock.advance(Duration.ofSeconds(30));
    String code = FakeTotp.codeAt(app.clock.instant());
    assertInvalid(() -> app.useCases.hostedSignIn.verify(mfaToken, APP, code), "invalid_token");

    TokenPair pair = app.useCases.mfaLogin.verify(mfaToken, code);
    TokenPair refreshed = app.useCases.rotateRefreshToken.refresh(pair.refreshToken());

    assertThat(amrOf(pair)).containsExactly("pwd", "otp");
    assertThat(amrOf(refreshed)).containsExactly("pwd", "otp");
    assertThat(amrOf(app.useCases.login.login(Commands.login("acme", "owner@acme.test", PASSWORD))))
        .containsExactly("pwd");
  }

  private void enrol() {
    app.useCases.ownMfa.startTotp(uma.actor());
    app.useCases.ownMfa.confirm(uma.actor(), FakeTotp.codeAt(app.clock.instant()));
  }

  private String apiChallenge() {
    try {
      app.useCases.login.login(login());
      throw new AssertionError("a second step was expected");
    } catch (MfaStepRequiredException expected) {
      return expected.challenge().mfaToken();
    }
  }

  private List<String> amrOf(TokenPair pair) {
    return app.accessTokens
        .inspect(pair.accessToken())
        .orElseThrow()
        .claims()
        .authMethods()
        .orElseThrow()
        .amr();
  }

  private static LoginCommand login() {
    return Commands.login("acme", UMA, PASSWORD);
  }

  private static void assertInvalid(Runnable call, String code) {
    assertThatThrownBy(call::run)
        .isInstanceOf(AuthenticationException.class)
        .hasFieldOrPropertyWithValue("code", code);
  }
}
