package io.tenantry.bootstrap.console;

import static io.restassured.RestAssured.given;
import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.ADMIN_EMAIL;
import static io.tenantry.bootstrap.support.Api.ADMIN_PASSWORD;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static io.tenantry.bootstrap.support.Api.as;
import static io.tenantry.bootstrap.support.Api.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tenantry.bootstrap.console.ConsoleForms.Signed;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console over plain HTTP: the sign-in round trip and its cookie, the hosted pages' headers,
 * CSRF on its forms, and a member whose forged form is refused by the use case it calls.
 */
@QuarkusTest
class ConsoleSecurityTest {
  private static final String CSP =
      "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none';"
          + " base-uri 'none'";

  private CreatedTenant acme;
  private CreatedUser member;

  @BeforeEach
  void createTenant() {
    acme = Tenants.create(aTenant().withName("Acme Corp"));
    member = Users.create(acme, aUser().withRoles("member"));
  }

  @Test
  void shouldSendAnUnknownBrowserToTheSignInAndBackToTheConsole() {
    given()
        .redirects()
        .follow(false)
        .get("/console/users")
        .then()
        .statusCode(303)
        .header("Location", containsString("/sign-in?next=/console"));

    Response answer = ConsoleForms.signIn(acme.slug(), acme.ownerEmail(), PASSWORD);

    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.getHeader("Location")).endsWith("/console");
    String setCookie = answer.getHeaders().getValues("Set-Cookie").toString();
    assertThat(setCookie).contains("tenantry_session=", "HttpOnly", "SameSite=Lax");
    String session = answer.getCookie("tenantry_session");
    Response again = ConsoleForms.signIn(acme.slug(), acme.ownerEmail(), PASSWORD);
    assertThat(again.getCookie("tenantry_session")).isNotEqualTo(session);
    ConsoleForms.get(session, "/console")
        .then()
        .statusCode(200)
        .header("Content-Security-Policy", equalTo(CSP))
        .header("Cache-Control", equalTo("no-store"))
        .body(containsString("Acme Corp"))
        .body(containsString("id=\"logins-chart\""))
        .body(not(containsString("<script")));
  }

  @Test
  void shouldNeverTakeTheConsoleCookieOnTheApiNorAnOpenRedirectOnTheSignIn() {
    Signed owner = ConsoleForms.signedIn(acme.slug(), acme.ownerEmail(), PASSWORD);
    given()
        .cookie("tenantry_session", owner.session())
        .get("/api/v1/users/me")
        .then()
        .statusCode(401);

    Response elsewhere =
        given().redirects().follow(false).get("/sign-in?next=https://evil.example/console");
    assertThat(elsewhere.asString()).doesNotContain("evil.example");
  }

  @Test
  void shouldRefuseAFormWithoutItsCsrfFieldAndChangeNothing() {
    Signed owner = ConsoleForms.signedIn(acme.slug(), acme.ownerEmail(), PASSWORD);

    given()
        .redirects()
        .follow(false)
        .cookie("tenantry_session", owner.session())
        .formParam("status", "disabled")
        .post("/console/users/" + member.id() + "/status")
        .then()
        .statusCode(403);

    as(member.token()).get("/api/v1/users/me").then().statusCode(200);
  }

  @Test
  void shouldHideAdminActionsFromAMemberAndRefuseTheirForgedForm() {
    Signed signed = ConsoleForms.signedIn(acme.slug(), member.email(), PASSWORD);
    String ownerId =
        as(acme.owner().accessToken()).get("/api/v1/users/me").then().extract().path("id");

    ConsoleForms.get(signed.session(), "/console")
        .then()
        .statusCode(200)
        .body(containsString("id=\"nav-users\""))
        .body(not(containsString("id=\"nav-audit\"")))
        .body(not(containsString("id=\"logins-chart\"")));
    ConsoleForms.get(signed.session(), "/console/users/" + ownerId)
        .then()
        .statusCode(200)
        .body(not(containsString("roles-form")))
        .body(not(containsString("disable-submit")))
        .body(not(containsString("delete-link")));
    ConsoleForms.get(signed.session(), "/console/audit").then().statusCode(403);

    signed
        .post("/console/users/" + ownerId + "/status", "status", "disabled")
        .then()
        .statusCode(403)
        .contentType(containsString("text/html"))
        .body(containsString("Not allowed"));
    signed.post("/console/users/" + ownerId + "/delete").then().statusCode(403);
    as(acme.owner().accessToken()).get("/api/v1/users/me").then().statusCode(200);
  }

  @Test
  void shouldLetAPlatformAdminSuspendATenantThatThenCannotLogIn() {
    Signed admin = ConsoleForms.signedIn("system", ADMIN_EMAIL, ADMIN_PASSWORD);
    ConsoleForms.get(admin.session(), "/console/tenants?q=" + acme.slug())
        .then()
        .statusCode(200)
        .body(containsString("suspend-" + acme.slug()));

    admin
        .post("/console/tenants/" + acme.id() + "/status", "status", "suspended")
        .then()
        .statusCode(303);

    login(acme.slug(), acme.ownerEmail(), PASSWORD).statusCode(401);
    admin
        .post("/console/tenants/" + acme.id() + "/status", "status", "active")
        .then()
        .statusCode(303);
    login(acme.slug(), acme.ownerEmail(), PASSWORD).statusCode(200);
    ConsoleForms.get(
            ConsoleForms.signedIn(acme.slug(), member.email(), PASSWORD).session(),
            "/console/tenants")
        .then()
        .statusCode(403);
  }
}
