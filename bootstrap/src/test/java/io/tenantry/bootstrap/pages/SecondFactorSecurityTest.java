package io.tenantry.bootstrap.pages;

import static io.restassured.RestAssured.given;
import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static io.tenantry.bootstrap.support.PageForms.account;
import static io.tenantry.bootstrap.support.PageForms.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tenantry.bootstrap.support.AuditEvents;
import io.tenantry.bootstrap.support.Authenticator;
import io.tenantry.bootstrap.support.PageForms.Csrf;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hosted second step over plain HTTP: only the {@code mfa_token} is kept (in a strict cookie),
 * it is bound to the page it was issued for, the form needs its CSRF field, and wrong codes lock
 * the account exactly as on the API.
 */
@QuarkusTest
class SecondFactorSecurityTest {
  private CreatedTenant acme;
  private CreatedUser user;
  private Authenticator phone;

  @BeforeEach
  void createUserWithMfa() {
    acme = Tenants.create(aTenant().withName("Acme Corp"));
    user = Users.create(acme, aUser());
    phone = Authenticator.enrol(user.token()).app();
  }

  @Test
  void shouldKeepOnlyTheMfaTokenInAStrictCookieAndSignInWithARightCode() {
    Response step = signIn(acme.slug(), user.email(), PASSWORD);

    assertThat(step.statusCode()).isEqualTo(200);
    assertThat(step.getHeaders().getValues("Set-Cookie").toString())
        .contains("tenantry_mfa=", "HttpOnly", "SameSite=Strict", "Path=/sign-in/mfa")
        .doesNotContain("tenantry_session=");
    assertThat(step.asString()).contains("Enter your sign-in code").doesNotContain(PASSWORD);
    Response done = postCode(step, step.getCookie("tenantry_mfa"), phone.nextCode());

    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(done.getHeader("Location")).endsWith("/account");
    assertThat(done.getHeaders().getValues("Set-Cookie"))
        .anySatisfy(cookie -> assertThat(cookie).startsWith("tenantry_mfa=").contains("Max-Age=0"));
    account(done.getCookie("tenantry_session")).then().statusCode(200);
  }

  @Test
  void shouldBindTheMfaTokenToTheClientItWasIssuedFor() {
    Response step = signIn(acme.slug(), user.email(), PASSWORD);
    String pageToken = step.getCookie("tenantry_mfa");
    Authenticator.verify(pageToken, phone.nextCode())
        .statusCode(401)
        .body("code", equalTo("invalid_token"));
    String apiToken = Authenticator.challenge(acme.slug(), user.email(), "mfa_required");

    Response refused = postCode(step, apiToken, phone.nextCode());

    assertThat(refused.statusCode()).isEqualTo(303);
    assertThat(refused.getHeader("Location")).endsWith("/sign-in?tenant=" + acme.slug());
    assertThat(refused.getCookie("tenantry_session")).isNull();
    postCode(step, pageToken, phone.lastCode()).then().statusCode(303);
  }

  @Test
  void shouldRefuseTheCodeFormWithoutItsCsrfField() {
    Response step = signIn(acme.slug(), user.email(), PASSWORD);

    given()
        .cookie("tenantry_mfa", step.getCookie("tenantry_mfa"))
        .formParam("tenant", acme.slug())
        .formParam("code", phone.nextCode())
        .post("/sign-in/mfa")
        .then()
        .statusCode(403)
        .body(containsString("This form has expired"));
  }

  @Test
  void shouldCountWrongCodesTowardTheLockoutAsTheApiDoes() {
    Response step = signIn(acme.slug(), user.email(), PASSWORD);
    String token = step.getCookie("tenantry_mfa");
    for (int i = 0; i < 4; i++) {
      postCode(step, token, "abcdef")
          .then()
          .statusCode(401)
          .body(containsString("id=\"code-error\""));
    }

    postCode(step, token, phone.nextCode()).then().statusCode(401);

    String owner = acme.owner().accessToken();
    assertThat(AuditEvents.ofType(owner, "auth.account.locked")).hasSize(1);
    assertThat(AuditEvents.ofType(owner, "auth.mfa_failed")).hasSizeGreaterThanOrEqualTo(5);
  }

  private Response postCode(Response page, String mfaToken, String code) {
    Csrf csrf = Csrf.of(page);
    return given()
        .redirects()
        .follow(false)
        .cookie("tenantry_csrf", csrf.cookie())
        .cookie("tenantry_mfa", mfaToken)
        .formParam("csrf_token", csrf.field())
        .formParam("tenant", acme.slug())
        .formParam("code", code)
        .post("/sign-in/mfa");
  }
}
