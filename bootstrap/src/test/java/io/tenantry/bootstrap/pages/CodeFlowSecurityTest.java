package io.tenantry.bootstrap.pages;

import static io.restassured.RestAssured.given;
import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static io.tenantry.bootstrap.support.PageForms.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tenantry.bootstrap.support.CodeFlow;
import io.tenantry.bootstrap.support.CodeFlow.Client;
import io.tenantry.bootstrap.support.CodeFlow.Pkce;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The code flow's defences over plain HTTP: no redirect to an unregistered URI, RFC errors back to
 * a registered one, client authentication, the pages session reused by a second authorize, and
 * RP-initiated logout.
 */
@QuarkusTest
class CodeFlowSecurityTest {
  private static final String REDIRECT = "http://127.0.0.1:9/callback";
  private static final String LOGOUT = "http://127.0.0.1:9/signed-out";

  private CreatedTenant acme;
  private CreatedUser user;
  private Client client;

  @BeforeEach
  void registerClient() {
    acme = Tenants.create(aTenant().withName("Acme Corp"));
    user = Users.create(acme, aUser());
    client = CodeFlow.register(acme.owner().accessToken(), "public", REDIRECT, LOGOUT);
  }

  @Test
  void shouldAnswerAnUnknownClientOrUnregisteredRedirectWithAPageNeverARedirect() {
    Pkce pkce = Pkce.fresh();
    for (String path :
        new String[] {
          CodeFlow.authorizePath(client.id(), "https://evil.example/cb", pkce, ""),
          CodeFlow.authorizePath(client.id(), REDIRECT + "/more", pkce, ""),
          CodeFlow.authorizePath("unknown-client", REDIRECT, pkce, ""),
          "/oauth2/authorize?client_id=" + client.id()
        }) {
      noFollow()
          .get(path)
          .then()
          .statusCode(400)
          .header("Location", nullValue())
          .body(containsString("This sign-in link cannot be used"));
    }
  }

  @Test
  void shouldSendOtherErrorsBackToTheRegisteredRedirectWithTheState() {
    Pkce pkce = Pkce.fresh();
    String withoutPkce =
        "/oauth2/authorize?response_type=code&client_id="
            + client.id()
            + "&redirect_uri="
            + REDIRECT
            + "&state=abc";
    Map<String, String> error = CodeFlow.queryOf(redirectOf(noFollow().get(withoutPkce)));
    assertThat(error).containsEntry("error", "invalid_request").containsEntry("state", "abc");
    String token =
        CodeFlow.authorizePath(client.id(), REDIRECT, pkce, "").replace("=code", "=token");
    assertThat(CodeFlow.queryOf(redirectOf(noFollow().get(token))))
        .containsEntry("error", "unsupported_response_type");
    String none = CodeFlow.authorizePath(client.id(), REDIRECT, pkce, "&prompt=none");
    assertThat(CodeFlow.queryOf(redirectOf(noFollow().get(none))))
        .containsEntry("error", "login_required");
  }

  @Test
  void shouldRefuseAConfidentialClientWithAWrongSecret() {
    Client web = CodeFlow.register(acme.owner().accessToken(), "confidential", REDIRECT, LOGOUT);
    assertThat(web.secret()).isNotBlank();
    Pkce pkce = Pkce.fresh();
    String code = codeFor(CodeFlow.authorizePath(web.id(), REDIRECT, pkce, ""));

    CodeFlow.exchange(new Client(web.id(), web.secret() + "x"), code, REDIRECT, pkce.verifier())
        .statusCode(401)
        .body("error", equalTo("invalid_client"));
    CodeFlow.exchange(client, code, REDIRECT, pkce.verifier())
        .statusCode(400)
        .body("error", equalTo("invalid_grant"));
    CodeFlow.exchange(web, code, REDIRECT, "a-wrong-verifier-" + "x".repeat(40))
        .statusCode(400)
        .body("error", equalTo("invalid_grant"));
    CodeFlow.exchange(web, code, REDIRECT, pkce.verifier())
        .statusCode(200)
        .body("id_token", startsWith("ey"));
  }

  @Test
  void shouldSkipTheFormForASignedInBrowserUnlessPromptLogin() {
    Pkce pkce = Pkce.fresh();
    Response signedIn =
        CodeFlow.signInAt(
            CodeFlow.authorizePath(client.id(), REDIRECT, pkce, ""), user.email(), PASSWORD);
    String session = signedIn.getCookie("tenantry_session");
    assertThat(session).isNotBlank();

    Response again =
        noFollow()
            .cookie("tenantry_session", session)
            .get(CodeFlow.authorizePath(client.id(), REDIRECT, pkce, ""));
    assertThat(CodeFlow.queryOf(redirectOf(again))).containsKey("code");
    noFollow()
        .cookie("tenantry_session", session)
        .get(CodeFlow.authorizePath(client.id(), REDIRECT, pkce, "&prompt=login"))
        .then()
        .statusCode(200)
        .header("Content-Security-Policy", containsString("form-action 'self' http://127.0.0.1:9;"))
        .body(containsString("Sign in to Acme Corp"));
  }

  @Test
  void shouldEndTheSessionAndThePagesSessionOnLogoutAndReturnOnlyWhereRegistered() {
    Pkce pkce = Pkce.fresh();
    Response signedIn =
        CodeFlow.signInAt(
            CodeFlow.authorizePath(client.id(), REDIRECT, pkce, ""), user.email(), PASSWORD);
    String session = signedIn.getCookie("tenantry_session");
    String code = CodeFlow.queryOf(redirectOf(signedIn)).get("code");
    var tokens =
        CodeFlow.exchange(client, code, REDIRECT, pkce.verifier())
            .statusCode(200)
            .extract()
            .jsonPath();
    String hint = tokens.getString("id_token");

    given()
        .redirects()
        .follow(false)
        .get(
            "/oauth2/logout?id_token_hint="
                + hint
                + "&post_logout_redirect_uri=https://evil.example/")
        .then()
        .statusCode(200)
        .header("Location", nullValue())
        .body(containsString("You are signed out"));
    CodeFlow.refresh(client, tokens.getString("refresh_token")).statusCode(400);

    Response back =
        noFollow()
            .cookie("tenantry_session", session)
            .get(
                "/oauth2/logout?id_token_hint="
                    + hint
                    + "&post_logout_redirect_uri="
                    + LOGOUT
                    + "&state=s1");
    assertThat(back.statusCode()).isEqualTo(303);
    assertThat(back.getHeader("Location")).isEqualTo(LOGOUT + "?state=s1");
    account(session).then().statusCode(303);
    given().get("/oauth2/logout").then().statusCode(200).body(containsString("Sign out?"));
  }

  private static io.restassured.specification.RequestSpecification noFollow() {
    // The paths are encoded already; RestAssured must not encode them again.
    return given().urlEncodingEnabled(false).redirects().follow(false);
  }

  private String codeFor(String authorizePath) {
    Response signedIn = CodeFlow.signInAt(authorizePath, user.email(), PASSWORD);
    return CodeFlow.queryOf(redirectOf(signedIn)).get("code");
  }

  private static String redirectOf(Response response) {
    assertThat(response.statusCode()).isEqualTo(303);
    return response.getHeader("Location");
  }
}
