package io.tenantry.bootstrap.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills in the hosted pages' forms over plain HTTP, the way a browser would, cookies included. */
public final class PageForms {
  private static final Pattern CSRF_FIELD =
      Pattern.compile("name=\"csrf_token\" value=\"([A-Za-z0-9_-]+)\"");

  private PageForms() {}

  /** The CSRF cookie and field of a form page. */
  public record Csrf(String cookie, String field) {
    public static Csrf of(Response page) {
      Matcher matcher = CSRF_FIELD.matcher(page.asString());
      assertThat(matcher.find()).as("a CSRF field in the form").isTrue();
      return new Csrf(page.getCookie("tenantry_csrf"), matcher.group(1));
    }
  }

  /** Opens the sign-in page and sends it; the answer is not followed. */
  public static Response signIn(String tenant, String email, String password) {
    Csrf csrf = Csrf.of(given().get("/sign-in?tenant=" + tenant));
    return given()
        .redirects()
        .follow(false)
        .cookie("tenantry_csrf", csrf.cookie())
        .formParam("csrf_token", csrf.field())
        .formParam("tenant", tenant)
        .formParam("tenant_fixed", "true")
        .formParam("email", email)
        .formParam("password", password)
        .post("/sign-in");
  }

  /** Signs in and answers the pages session cookie; fails the test unless it succeeds. */
  public static String pageSession(String tenant, String email, String password) {
    Response answer = signIn(tenant, email, password);
    assertThat(answer.statusCode()).isEqualTo(303);
    String cookie = answer.getCookie("tenantry_session");
    assertThat(cookie).isNotBlank();
    return cookie;
  }

  /** The account page as the holder of {@code session} sees it; redirects are not followed. */
  public static Response account(String session) {
    return given().redirects().follow(false).cookie("tenantry_session", session).get("/account");
  }
}
