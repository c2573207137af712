package io.tenantry.bootstrap.pages;

import static io.restassured.RestAssured.given;
import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static io.tenantry.bootstrap.support.Api.as;
import static io.tenantry.bootstrap.support.Api.login;
import static io.tenantry.bootstrap.support.PageForms.account;
import static io.tenantry.bootstrap.support.PageForms.pageSession;
import static io.tenantry.bootstrap.support.PageForms.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tenantry.bootstrap.support.AuditEvents;
import io.tenantry.bootstrap.support.PageForms.Csrf;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hosted sign-in and {@code /account} over plain HTTP: the cookie's attributes, CSRF, the
 * lockout and audit shared with the JSON login, and the pages session ending with its session.
 */
@QuarkusTest
class SignInSecurityTest {
  private static final String CSP =
      "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none';"
          + " base-uri 'none'";
  private static final String FAILED = "The sign-in did not work.";

  private CreatedTenant acme;
  private CreatedUser user;

  @BeforeEach
  void createUser() {
    acme = Tenants.create(aTenant().withName("Acme Corp"));
    user = Users.create(acme, aUser());
  }

  @Test
  void shouldSetAnHttpOnlyLaxCookieAndShowTheAccountWithStrictHeaders() {
    Response answer = signIn(acme.slug(), user.email(), PASSWORD);

    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.getHeader("Location")).endsWith("/account");
    String setCookie = answer.getHeaders().getValues("Set-Cookie").toString();
    assertThat(setCookie).contains("tenantry_session=", "HttpOnly", "SameSite=Lax");
    String session = answer.getCookie("tenantry_session");
    assertThat(pageSession(acme.slug(), user.email(), PASSWORD)).isNotEqualTo(session);
    account(session)
        .then()
        .statusCode(200)
        .header("Content-Security-Policy", equalTo(CSP))
        .header("Referrer-Policy", equalTo("no-referrer"))
        .header("Cache-Control", equalTo("no-store"))
        .body(containsString("Acme Corp"))
        .body(containsString(user.email()))
        .body(not(containsString(session)));
  }

  @Test
  void shouldNeverAcceptThePagesCookieOnTheApi() {
    String session = pageSession(acme.slug(), user.email(), PASSWORD);

    given().cookie("tenantry_session", session).get("/api/v1/users/me").then().statusCode(401);
    as(session).get("/api/v1/users/me").then().statusCode(401);
  }

  @Test
  void shouldRefuseFormsWithoutTheirCsrfTokenAndChangeNothing() {
    String session = pageSession(acme.slug(), user.email(), PASSWORD);
    given()
        .cookie("tenantry_session", session)
        .formParam("display_name", "Mallory")
        .post("/account/profile")
        .then()
        .statusCode(403)
        .body(containsString("This form has expired"));
    given()
        .formParam("tenant", acme.slug())
        .formParam("email", user.email())
        .formParam("password", PASSWORD)
        .post("/sign-in")
        .then()
        .statusCode(403);
    as(user.token()).get("/api/v1/users/me").then().body("display_name", equalTo("Uma User"));
  }

  @Test
  void shouldRefuseALockedAccountWithTheSameMessageAndAuditEveryFailure() {
    for (int i = 0; i < 5; i++) {
      signIn(acme.slug(), user.email(), "a wrong guess " + i)
          .then()
          .statusCode(401)
          .body(containsString(FAILED));
    }
    signIn(acme.slug(), user.email(), PASSWORD)
        .then()
        .statusCode(401)
        .body(containsString(FAILED))
        .header("Set-Cookie", not(containsString("tenantry_session")));
    signIn(acme.slug(), "nobody@acme.test", PASSWORD).then().statusCode(401);
    login(acme.slug(), user.email(), PASSWORD).statusCode(401);

    String owner = acme.owner().accessToken();
    List<Map<String, Object>> failures = AuditEvents.ofType(owner, "auth.login.failed");
    assertThat(failures.stream().filter(e -> user.id().equals(e.get("target_id"))))
        .hasSizeGreaterThanOrEqualTo(7);
    assertThat(AuditEvents.ofType(owner, "auth.account.locked")).hasSize(1);
  }

  @Test
  void shouldEndThePagesSessionWhenItsSessionIsRevokedOverTheApi() {
    String session = pageSession(acme.slug(), user.email(), PASSWORD);
    List<Map<String, Object>> sessions =
        as(user.token()).get("/api/v1/users/me/sessions").then().extract().path("");
    Object pages =
        sessions.stream().filter(s -> !(Boolean) s.get("current")).findFirst().get().get("id");
    account(session).then().statusCode(200);

    as(user.token()).delete("/api/v1/users/me/sessions/" + pages).then().statusCode(204);

    account(session).then().statusCode(303).header("Location", endsWith("/sign-in"));
  }

  @Test
  void shouldEndThePagesSessionOnLogoutEverywhere() {
    String session = pageSession(acme.slug(), user.email(), PASSWORD);

    as(user.token()).post("/api/v1/auth/logout-all").then().statusCode(204);

    account(session).then().statusCode(303);
  }

  @Test
  void shouldSignOutOnlyWithTheCsrfToken() {
    String session = pageSession(acme.slug(), user.email(), PASSWORD);
    given()
        .cookie("tenantry_session", session)
        .formParam("csrf_token", "forged")
        .post("/sign-out")
        .then()
        .statusCode(403);
    Csrf csrf = Csrf.of(account(session));

    given()
        .redirects()
        .follow(false)
        .cookie("tenantry_session", session)
        .cookie("tenantry_csrf", csrf.cookie())
        .formParam("csrf_token", csrf.field())
        .post("/sign-out")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/sign-in?tenant=" + acme.slug()));

    account(session).then().statusCode(303);
  }
}
