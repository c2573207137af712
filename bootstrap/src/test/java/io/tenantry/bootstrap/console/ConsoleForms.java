package io.tenantry.bootstrap.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.tenantry.bootstrap.support.PageForms.Csrf;

/** Signs in to the console and sends its forms over plain HTTP, cookies included. */
final class ConsoleForms {
  private ConsoleForms() {}

  /** The hosted sign-in asked for by the console; the answer is not followed. */
  static Response signIn(String tenant, String email, String password) {
    Csrf csrf = Csrf.of(given().get("/sign-in?next=/console"));
    return given()
        .redirects()
        .follow(false)
        .cookie("tenantry_csrf", csrf.cookie())
        .formParam("csrf_token", csrf.field())
        .formParam("tenant", tenant)
        .formParam("email", email)
        .formParam("password", password)
        .formParam("next", "/console")
        .post("/sign-in");
  }

  /** A signed-in console browser: its pages session and the CSRF pair of a console page. */
  static Signed signedIn(String tenant, String email, String password) {
    Response answer = signIn(tenant, email, password);
    assertThat(answer.statusCode()).isEqualTo(303);
    String session = answer.getCookie("tenantry_session");
    Response overview = get(session, "/console");
    assertThat(overview.statusCode()).isEqualTo(200);
    return new Signed(session, Csrf.of(overview));
  }

  static Response get(String session, String path) {
    return given().redirects().follow(false).cookie("tenantry_session", session).get(path);
  }

  /** The browser's pages session and the CSRF cookie and field its console pages carry. */
  record Signed(String session, Csrf csrf) {
    /** Posts a console form with the genuine CSRF pair and {@code fields} (name, value, …). */
    Response post(String path, String... fields) {
      var request =
          given()
              .redirects()
              .follow(false)
              .cookie("tenantry_session", session)
              .cookie("tenantry_csrf", csrf.cookie())
              .formParam("csrf_token", csrf.field());
      for (int i = 0; i + 1 < fields.length; i += 2) {
        request = request.formParam(fields[i], fields[i + 1]);
      }
      return request.post(path);
    }
  }
}
