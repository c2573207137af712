package io.tenantry.application.client;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.application.auth.ClientGrant;
import io.tenantry.application.auth.TokenPair;
import io.tenantry.application.fakes.TestApp;
import io.tenantry.application.fakes.TestApp.Session;
import io.tenantry.application.oauth.OAuthException;
import io.tenantry.domain.client.ClientName;
import io.tenantry.domain.client.ClientSettings;
import io.tenantry.domain.client.ClientType;
import io.tenantry.domain.client.RedirectUri;
import io.tenantry.domain.client.Scope;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.user.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientFlowsTest {
  private TestApp app;
  private Session owner;
  private Session member;

  @BeforeEach
  void setUp() {
    app = TestApp.started();
    owner = aTenant().withSlug("acme").createAndLogInOwner(app);
    member = aUser().withEmail("mia@acme.test").withRoles("member").create(app, owner.actor());
  }

  @Test
  void shouldRegisterAClientForOwnersAndAdminsOnly() {
    RegisteredClient web = register(ClientType.CONFIDENTIAL, web(), owner);

    assertThat(web.secret()).isPresent();
    assertThat(app.clientDirectory.tenantOf(web.client().id())).contains(owner.actor().tenantId());
    assertThatThrownBy(() -> register(ClientType.PUBLIC, web(), member))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void shouldAuthenticateByTheSecretShownOnce() {
    RegisteredClient web = register(ClientType.CONFIDENTIAL, web(), owner);
    String id = web.client().id().value();

    assertThat(app.useCases.authenticateClient.authenticate(id, web.secret()).client().id())
        .isEqualTo(web.client().id());
    assertThatThrownBy(() -> app.useCases.authenticateClient.authenticate(id, Optional.of("x")))
        .isInstanceOf(OAuthException.class)
        .hasFieldOrPropertyWithValue("code", "invalid_client");
    assertThatThrownBy(() -> app.useCases.authenticateClient.authenticate(id, Optional.empty()))
        .isInstanceOf(OAuthException.class);
  }

  @Test
  void shouldIssueServiceClientsTheirOwnTokenWhichTheUserApiRefuses() {
    ClientSettings job =
        new ClientSettings(new ClientName("job"), List.of(), List.of(), Set.of(Role.ADMIN), null);
    RegisteredClient service = register(ClientType.SERVICE, job, owner);
    TenantClient caller =
        app.useCases.authenticateClient.authenticate(
            service.client().id().value(), service.secret());

    String token = app.useCases.issueClientToken.issue(caller, Scope.EMPTY).token();

    assertThat(app.accessTokens.verify(token).orElseThrow().roles()).containsExactly(Role.ADMIN);
    assertThatThrownBy(() -> app.useCases.authenticate.authenticate(token))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> app.useCases.issueClientToken.issue(caller, Scope.of("openid")))
        .hasFieldOrPropertyWithValue("code", "invalid_scope");
  }

  @Test
  void shouldRefreshAClientsSessionOnlyForThatClient() {
    RegisteredClient web = register(ClientType.CONFIDENTIAL, web(), owner);
    RegisteredClient other = register(ClientType.CONFIDENTIAL, web(), owner);
    TenantClient webClient = app.useCases.findClient.byClientId(web.client().id()).orElseThrow();
    TenantClient otherClient =
        app.useCases.findClient.byClientId(other.client().id()).orElseThrow();
    TokenPair pair =
        app.unitOfWork.inTenant(
            webClient.tenant().ref(),
            () ->
                app.useCases.sessionIssuer.startSession(
                    webClient.tenant().ref(),
                    app.userRepository.findById(member.actor().userId()).orElseThrow(),
                    ClientGrant.of(webClient.client(), Scope.parse("openid email"))));

    assertThatThrownBy(
            () -> app.useCases.rotateRefreshToken.refreshFor(otherClient, pair.refreshToken()))
        .isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> app.useCases.rotateRefreshToken.refresh(pair.refreshToken()))
        .isInstanceOf(AuthenticationException.class);
    TokenPair next = app.useCases.rotateRefreshToken.refreshFor(webClient, pair.refreshToken());
    assertThat(next.scope()).isEqualTo("email openid");
    assertThat(next.sessionId()).isEqualTo(pair.sessionId());
  }

  private RegisteredClient register(ClientType type, ClientSettings settings, Session as) {
    return app.useCases.registerClient.register(as.actor(), type, settings);
  }

  private static ClientSettings web() {
    return new ClientSettings(
        new ClientName("Web shop"),
        List.of(new RedirectUri("https://shop.example.com/cb")),
        List.of(),
        Set.of(),
        null);
  }
}
