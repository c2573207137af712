package io.tenantry.application.oauth;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.TestApp.PASSWORD;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.application.client.TenantClient;
import io.tenantry.application.fakes.Commands;
import io.tenantry.application.fakes.TestApp;
import io.tenantry.application.fakes.TestApp.Session;
import io.tenantry.application.session.PageCaller;
import io.tenantry.domain.client.ClientName;
import io.tenantry.domain.client.ClientSettings;
import io.tenantry.domain.client.ClientType;
import io.tenantry.domain.client.RedirectUri;
import io.tenantry.domain.client.Scope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthorizationCodeFlowTest {
  private static final String REDIRECT = "http://127.0.0.1:8765/callback";
  private static final String VERIFIER = "a-verifier-that-is-long-enough-for-pkce-rules-0123456789";

  private TestApp app;
  private TenantClient client;
  private PageCaller uma;

  @BeforeEach
  void setUp() throws Exception {
    app = TestApp.started();
    Session owner = aTenant().withSlug("acme").createAndLogInOwner(app);
    aUser().withEmail("uma@acme.test").withRoles("member").create(app, owner.actor());
    var settings =
        new ClientSettings(
            new ClientName("Demo"), List.of(new RedirectUri(REDIRECT)), List.of(), Set.of(), null);
    var registered =
        app.useCases.registerClient.register(owner.actor(), ClientType.PUBLIC, settings);
    client = app.useCases.findClient.byClientId(registered.client().id()).orElseThrow();
    String cookie =
        app.useCases.pageSessions.signIn(Commands.login("acme", "uma@acme.test", PASSWORD));
    uma = app.useCases.pageSessions.resume(cookie).orElseThrow();
  }

  @Test
  void shouldExchangeACodeOnceForANewSessionWithAnIdToken() {
    String code = issue();

    CodeTokens tokens = redeem(code, REDIRECT, VERIFIER);

    assertThat(tokens.idToken()).isPresent();
    assertThat(tokens.pair().sessionId()).isNotEqualTo(uma.actor().session().get());
    assertThat(app.useCases.ownSessions.list(uma.actor()))
        .anyMatch(s -> s.id().equals(tokens.pair().sessionId()));
  }

  @Test
  void shouldEndTheIssuedSessionWhenTheCodeIsReplayed() {
    String code = issue();
    CodeTokens first = redeem(code, REDIRECT, VERIFIER);

    assertThatThrownBy(() -> redeem(code, REDIRECT, VERIFIER))
        .hasFieldOrPropertyWithValue("code", "invalid_grant");

    assertThat(app.useCases.ownSessions.list(uma.actor()))
        .noneMatch(s -> s.id().equals(first.pair().sessionId()));
  }

  @Test
  void shouldRefuseAWrongVerifierOrRedirectOrAnExpiredCode() {
    String code = issue();
    assertThatThrownBy(() -> redeem(code, REDIRECT, VERIFIER + "x"))
        .hasFieldOrPropertyWithValue("code", "invalid_grant");
    assertThatThrownBy(() -> redeem(code, REDIRECT + "/x", VERIFIER))
        .hasFieldOrPropertyWithValue("code", "invalid_grant");

    app.clock.advance(Duration.ofSeconds(61));

    assertThatThrownBy(() -> redeem(code, REDIRECT, VERIFIER))
        .hasFieldOrPropertyWithValue("code", "invalid_grant");
  }

  private String issue() {
    CodeRequest request =
        new CodeRequest(
            client, REDIRECT, challenge(VERIFIER), Optional.of("n-1"), Scope.of("openid"));
    return app.useCases.issueAuthorizationCode.issue(uma, request);
  }

  private CodeTokens redeem(String code, String redirect, String verifier) {
    return app.useCases.redeemAuthorizationCode.redeem(client, code, redirect, verifier);
  }

  private static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
