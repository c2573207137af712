package io.tenantry.bootstrap.pages;

import static io.restassured.RestAssured.given;
import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tenantry.bootstrap.support.Browser;
import io.tenantry.bootstrap.support.CodeFlow;
import io.tenantry.bootstrap.support.CodeFlow.Client;
import io.tenantry.bootstrap.support.CodeFlow.Pkce;
import io.tenantry.bootstrap.support.Loopback;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import java.net.URL;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The authorization-code flow with PKCE as a stock client runs it: a public client registered over
 * the API, the authorize URL opened in chromium, the real sign-in page filled in, the code read
 * from the loopback URL the browser lands on, exchanged over HTTP, and both tokens validated with
 * Nimbus (the JOSE library under Spring Security) from the published key set alone.
 */
@QuarkusTest
class CodeFlowBrowserTest {
  static final String ISSUER = "http://localhost:8080";
  private static Browser browser;
  private static Loopback loopback;

  @TestHTTPResource("/")
  URL app;

  @BeforeAll
  static void start() {
    browser = Browser.start();
    loopback = Loopback.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (loopback != null) {
      loopback.close();
    }
  }

  @Test
  void shouldSignInOnTheRealPageAndExchangeTheCodeForTokensNimbusAccepts() throws Exception {
    CreatedTenant acme = Tenants.create(aTenant().withName("Acme Corp"));
    CreatedUser user = Users.create(acme, aUser());
    String redirect = loopback.uri("/callback");
    Client client =
        CodeFlow.register(
            acme.owner().accessToken(), "public", redirect, loopback.uri("/signed-out"));
    Pkce pkce = Pkce.fresh();

    browser.open(base() + CodeFlow.authorizePath(client.id(), redirect, pkce, ""));
    assertThat(browser.heading()).isEqualTo("Sign in to Acme Corp");
    assertThat(browser.find("#client").getText()).isEqualTo("to continue to Demo App");
    browser.screenshot("authorize");
    browser.type("#email", user.email());
    browser.type("#password", PASSWORD);
    browser.submit();

    String landed = browser.driver().getCurrentUrl();
    assertThat(landed).startsWith(redirect + "?code=");
    Map<String, String> answer = CodeFlow.queryOf(landed);
    assertThat(answer).containsEntry("state", pkce.state());
    String code = answer.get("code");
    JsonPath tokens =
        CodeFlow.exchange(client, code, redirect, pkce.verifier())
            .statusCode(200)
            .body("token_type", equalTo("Bearer"))
            .extract()
            .jsonPath();

    JWKSet keys = JWKSet.parse(given().get("/.well-known/jwks.json").asString());
    JWTClaimsSet id = validate(keys, tokens.getString("id_token"), JOSEObjectType.JWT, client.id());
    assertThat(id.getSubject()).isEqualTo(user.id());
    assertThat(id.getStringClaim("nonce")).isEqualTo(pkce.nonce());
    assertThat(id.getStringClaim("email")).isEqualTo(user.email());
    assertThat(id.getBooleanClaim("email_verified")).isTrue();
    assertThat(id.getStringClaim("name")).isEqualTo("Uma User");
    assertThat(id.getLongClaim("auth_time")).isPositive();
    JWTClaimsSet access =
        validate(keys, tokens.getString("access_token"), new JOSEObjectType("at+jwt"), "tenantry");
    assertThat(access.getSubject()).isEqualTo(user.id());
    assertThat(access.getStringClaim("client_id")).isEqualTo(client.id());
    assertThat(access.getStringClaim("sid")).isEqualTo(id.getStringClaim("sid"));
    assertThat(access.getStringClaim("scope")).contains("openid");
    assertThat(id.getStringListClaim("amr")).containsExactly("pwd");
    assertThat(access.getStringListClaim("amr")).containsExactly("pwd");

    CodeFlow.exchange(client, code, redirect, pkce.verifier())
        .statusCode(400)
        .body("error", equalTo("invalid_grant"));
    CodeFlow.refresh(client, tokens.getString("refresh_token"))
        .statusCode(400)
        .body("error", equalTo("invalid_grant"));
  }

  private static JWTClaimsSet validate(
      JWKSet keys, String token, JOSEObjectType type, String audience) throws Exception {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(type));
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(keys)));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            audience,
            new JWTClaimsSet.Builder().issuer(ISSUER).build(),
            Set.of("sub", "iat", "exp", "sid")));
    return processor.process(token, null);
  }

  private String base() {
    return app.toString().replaceAll("/+$", "");
  }
}
