package io.tenantry.bootstrap.pages;

import static io.restassured.RestAssured.given;
import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static io.tenantry.bootstrap.support.Api.json;
import static io.tenantry.bootstrap.support.Api.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tenantry.bootstrap.support.Mailbox;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hosted pages' defences, checked over plain HTTP: CSRF, headers, and invalid links. */
@QuarkusTest
class HostedPagesSecurityTest {
  private static final String CSP =
      "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none';"
          + " base-uri 'none'";
  private static final Pattern CSRF_FIELD =
      Pattern.compile("name=\"csrf_token\" value=\"([A-Za-z0-9_-]+)\"");
  private static final String NEW_PASSWORD = "a fresh passphrase from the page";

  private CreatedTenant acme;
  private CreatedUser user;
  private String token;

  @BeforeEach
  void mailAResetLink() {
    acme = Tenants.create(aTenant().withName("Acme Corp"));
    user = Users.create(acme, aUser());
    json()
        .body(Map.of("tenant", acme.slug(), "email", user.email()))
        .post("/api/v1/auth/password/forgot")
        .then()
        .statusCode(202);
    token = Mailbox.awaitToken(user.email(), "Reset your Acme Corp password");
  }

  @Test
  void shouldSendTheSecurityHeadersAndAStrictCookie() {
    given()
        .get("/reset-password?token=" + token)
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .header("Content-Security-Policy", equalTo(CSP))
        .header("Referrer-Policy", equalTo("no-referrer"))
        .header("Cache-Control", equalTo("no-store"))
        .header("Set-Cookie", containsString("tenantry_csrf="))
        .header("Set-Cookie", containsString("HttpOnly"))
        .header("Set-Cookie", containsString("SameSite=Strict"))
        .body(containsString("<html lang=\"en\">"))
        .body(containsString("<label for=\"password\">"))
        .body(containsString("<label for=\"password_again\">"))
        .body(not(containsString("<script")))
        .body(not(containsString("style=")));
    given().get("/pages/pages.css").then().statusCode(200).contentType(containsString("text/css"));
  }

  @Test
  void shouldRefuseAFormWithoutItsCsrfTokenAndChangeNothing() {
    Map<String, String> form =
        Map.of("token", token, "password", NEW_PASSWORD, "password_again", NEW_PASSWORD);
    given()
        .formParams(form)
        .post("/reset-password")
        .then()
        .statusCode(403)
        .header("Content-Security-Policy", equalTo(CSP))
        .body(containsString("This form has expired"));
    Response page = given().get("/reset-password?token=" + token);
    String cookie = page.getCookie("tenantry_csrf");
    given()
        .cookie("tenantry_csrf", cookie)
        .formParams(form)
        .formParam("csrf_token", csrfFieldIn(page.asString()) + "x")
        .post("/reset-password")
        .then()
        .statusCode(403);
    given()
        .cookie("tenantry_csrf", cookie.substring(1) + "A")
        .formParams(form)
        .formParam("csrf_token", csrfFieldIn(page.asString()))
        .post("/reset-password")
        .then()
        .statusCode(403);
    login(acme.slug(), user.email(), PASSWORD).statusCode(200);

    given()
        .cookie("tenantry_csrf", cookie)
        .formParams(form)
        .formParam("csrf_token", csrfFieldIn(page.asString()))
        .post("/reset-password")
        .then()
        .statusCode(200)
        .body(containsString("Password changed"));
    login(acme.slug(), user.email(), NEW_PASSWORD).statusCode(200);
  }

  @Test
  void shouldAnswerEveryBadLinkWithTheSameSafePage() {
    for (String path : new String[] {"/reset-password", "/verify-email", "/accept-invitation"}) {
      for (String bad : new String[] {"", "?token=", "?token=nonsense", "?token=" + token + "x"}) {
        given()
            .get(path + bad)
            .then()
            .statusCode(400)
            .header("Content-Security-Policy", equalTo(CSP))
            .body(containsString("This link cannot be used"))
            .body(not(containsString("nonsense")))
            .body(not(containsString("Exception")));
      }
    }
    // A reset token is not a verification token.
    given().get("/verify-email?token=" + token).then().statusCode(400);
  }

  private static String csrfFieldIn(String html) {
    Matcher matcher = CSRF_FIELD.matcher(html);
    assertThat(matcher.find()).as("a CSRF field in the form").isTrue();
    return matcher.group(1);
  }
}
