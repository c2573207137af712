package io.tenantry.bootstrap.pages;

import static io.restassured.RestAssured.given;
import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static io.tenantry.bootstrap.support.Api.as;
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
import io.tenantry.bootstrap.support.Authenticator;
import io.tenantry.bootstrap.support.Browser;
import io.tenantry.bootstrap.support.CodeFlow;
import io.tenantry.bootstrap.support.CodeFlow.Client;
import io.tenantry.bootstrap.support.CodeFlow.Pkce;
import io.tenantry.bootstrap.support.Loopback;
import io.tenantry.bootstrap.support.QrCodes;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.TotpCalculator;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The second factor on the hosted pages in headless chromium: the code step of the code flow (with
 * its recovery-code path and a wrong code shown beside the field), the enrolment a tenant's policy
 * forces, and the {@code /account} set-up whose QR code is read from the screen. Codes come from
 * the tests' own RFC 6238 implementation; the tokens are checked with Nimbus, {@code amr} included.
 */
@QuarkusTest
class MfaPagesTest {
  private static final String ISSUER = "http://localhost:8080";
  private static Browser browser;
  private static Loopback loopback;

  @TestHTTPResource("/")
  URL app;

  private CreatedTenant acme;
  private CreatedUser user;

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

  @BeforeEach
  void createUser() {
    acme = Tenants.create(aTenant().withName("Acme Corp"));
    user = Users.create(acme, aUser());
  }

  @Test
  void givenMfa_whenSigningInThroughTheCodeFlow_thenAWrongCodeIsShownAndARightOneGivesOtpTokens()
      throws Exception {
    Authenticator phone = Authenticator.enrol(user.token()).app();
    Client client = register();
    Pkce pkce = Pkce.fresh();
    signInThroughCodeFlow(client, pkce);
    assertThat(browser.heading()).isEqualTo("Enter your sign-in code");
    assertThat(browser.find("#client").getText()).isEqualTo("to continue to Demo App");
    assertThat(browser.driver().getPageSource()).doesNotContain(PASSWORD);

    browser.type("#code", wrongCode(phone.secret()));
    browser.submit();
    assertThat(browser.find("#code-error").getText()).startsWith("This code is not valid.");
    assertThat(browser.find("#code").getAttribute("aria-invalid")).isEqualTo("true");
    browser.screenshot("sign-in-code");
    browser.type("#code", phone.nextCode());
    browser.submit();

    JsonPath tokens = exchange(client, pkce);
    JWKSet keys = JWKSet.parse(given().get("/.well-known/jwks.json").asString());
    JWTClaimsSet id = validate(keys, tokens.getString("id_token"), JOSEObjectType.JWT, client.id());
    JWTClaimsSet access =
        validate(keys, tokens.getString("access_token"), new JOSEObjectType("at+jwt"), "tenantry");
    assertThat(id.getStringListClaim("amr")).containsExactly("pwd", "otp");
    assertThat(access.getStringListClaim("amr")).containsExactly("pwd", "otp");
    assertThat(id.getSubject()).isEqualTo(user.id());
    String refreshed =
        CodeFlow.refresh(client, tokens.getString("refresh_token"))
            .statusCode(200)
            .extract()
            .path("access_token");
    JWTClaimsSet again = validate(keys, refreshed, new JOSEObjectType("at+jwt"), "tenantry");
    assertThat(again.getStringListClaim("amr")).containsExactly("pwd", "otp");
  }

  @Test
  void givenMfa_whenUsingARecoveryCodeOnThePage_thenTheFlowEndsWithTokensAndTheCodeIsSpent() {
    List<String> recovery = Authenticator.enrol(user.token()).recoveryCodes();
    Client client = register();
    Pkce pkce = Pkce.fresh();
    signInThroughCodeFlow(client, pkce);

    browser.submit("#use-recovery");
    assertThat(browser.find("label[for=code]").getText()).isEqualTo("Recovery code");
    browser.type("#code", recovery.get(0));
    browser.submit();

    exchange(client, pkce);
    Authenticator.verify(
            Authenticator.challenge(acme.slug(), user.email(), "mfa_required"), recovery.get(0))
        .statusCode(401);
  }

  @Test
  void givenATenantThatRequiresMfa_whenAUserWithoutSignsIn_thenThePageWalksThemThroughEnrolment()
      throws Exception {
    Authenticator.enrol(acme.owner().accessToken());
    as(acme.owner().accessToken())
        .body(Map.of("mfa_required", true))
        .patch("/api/v1/tenants/current")
        .then()
        .statusCode(200);
    Client client = register();
    Pkce pkce = Pkce.fresh();
    signInThroughCodeFlow(client, pkce);
    assertThat(browser.heading()).isEqualTo("Set up two-step sign-in");

    Authenticator phone = Authenticator.of(QrCodes.secretOf(QrCodes.read(browser.find("#qr svg"))));
    browser.type("#code", wrongCode(phone.secret()));
    browser.submit();
    assertThat(browser.find("#code-error").getText()).startsWith("This code is not valid.");
    browser.type("#code", phone.nextCode());
    browser.submit();
    assertThat(browser.heading()).isEqualTo("Save your recovery codes");
    assertThat(browser.driver().findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
    browser.submit("#continue");

    JsonPath tokens = exchange(client, pkce);
    JWKSet keys = JWKSet.parse(given().get("/.well-known/jwks.json").asString());
    JWTClaimsSet access =
        validate(keys, tokens.getString("access_token"), new JOSEObjectType("at+jwt"), "tenantry");
    assertThat(access.getStringListClaim("amr")).containsExactly("pwd", "otp");
    as(user.token()).get("/api/v1/users/me").then().body("mfa_enabled", equalTo(true));
  }

  @Test
  void
      givenTheAccountPage_whenSettingUpMfa_thenTheQrCodeDecodesToTheUriAndTheNextSignInAsksForACode() {
    browser.open(url("/sign-in?tenant=" + acme.slug()));
    signIn();
    browser.submit("#mfa-start");
    assertThat(browser.heading()).isEqualTo("Set up two-step sign-in");

    String uri = QrCodes.read(browser.find("#qr svg"));
    assertThat(uri).startsWith("otpauth://totp/Acme%20Corp:").contains("issuer=Acme%20Corp");
    assertThat(uri).isEqualTo(browser.find("input[name=otpauth]").getAttribute("value"));
    String secret = QrCodes.secretOf(uri);
    assertThat(browser.find("#secret").getText()).isEqualTo(secret);
    browser.screenshot("account-mfa-setup");
    Authenticator phone = Authenticator.of(secret);
    browser.type("#code", phone.nextCode());
    browser.submit();
    assertThat(browser.driver().findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
    browser.submit("#continue");
    assertThat(browser.find("#notice").getText()).isEqualTo("Two-step sign-in is on.");
    as(user.token()).get("/api/v1/users/me").then().body("mfa_enabled", equalTo(true));

    browser.submit("#sign-out");
    signIn();
    assertThat(browser.heading()).isEqualTo("Enter your sign-in code");
    browser.type("#code", phone.nextCode());
    browser.submit();
    assertThat(browser.heading()).isEqualTo("Your account");

    browser.type("#mfa_password", "not my password");
    browser.submit("#mfa-disable");
    assertThat(browser.find("#mfa_password-error").getText())
        .isEqualTo("This is not your current password.");
    browser.type("#mfa_password", PASSWORD);
    browser.submit("#mfa-disable");
    assertThat(browser.find("#notice").getText()).isEqualTo("Two-step sign-in is off.");
    as(user.token()).get("/api/v1/users/me").then().body("mfa_enabled", equalTo(false));
  }

  private Client register() {
    return CodeFlow.register(
        acme.owner().accessToken(),
        "public",
        loopback.uri("/callback"),
        loopback.uri("/signed-out"));
  }

  private void signInThroughCodeFlow(Client client, Pkce pkce) {
    browser.open(url(CodeFlow.authorizePath(client.id(), loopback.uri("/callback"), pkce, "")));
    signIn();
  }

  private void signIn() {
    browser.type("#email", user.email());
    browser.type("#password", PASSWORD);
    browser.submit();
  }

  /** The code the browser landed with, exchanged; the state came back unchanged. */
  private JsonPath exchange(Client client, Pkce pkce) {
    String redirect = loopback.uri("/callback");
    String landed = browser.driver().getCurrentUrl();
    assertThat(landed).startsWith(redirect + "?code=");
    Map<String, String> answer = CodeFlow.queryOf(landed);
    assertThat(answer).containsEntry("state", pkce.state());
    return CodeFlow.exchange(client, answer.get("code"), redirect, pkce.verifier())
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Six digits that are not a code of any step the service accepts now. */
  private static String wrongCode(String secret) {
    long step = TotpCalculator.currentStep();
    Set<String> valid =
        Set.of(
            TotpCalculator.code(secret, step - 1),
            TotpCalculator.code(secret, step),
            TotpCalculator.code(secret, step + 1),
            TotpCalculator.code(secret, step + 2));
    for (int candidate = 0; ; candidate++) {
      String code = String.format("%06d", candidate);
      if (!valid.contains(code)) {
        return code;
      }
    }
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
            Set.of("sub", "iat", "exp", "sid", "amr")));
    return processor.process(token, null);
  }

  private String url(String path) {
    return app.toString().replaceAll("/+$", "") + path;
  }
}
