package io.tenantry.bootstrap.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.tenantry.application.fakes.TestApp;
import java.util.Map;
import java.util.UUID;

/** Calls the running application over HTTP the way a client does. */
public final class Api {
  public static final String ADMIN_EMAIL = "admin@tenantry.test";
  public static final String ADMIN_PASSWORD = "correct horse battery staple";

  /** Every test user's password: the one the shared fixtures give their users and owners. */
  public static final String PASSWORD = TestApp.PASSWORD;

  private Api() {}

  public static RequestSpecification json() {
    return given().contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  public static RequestSpecification as(String accessToken) {
    return json().header("Authorization", "Bearer " + accessToken);
  }

  public static ValidatableResponse login(String tenant, String email, String password) {
    return json()
        .body(Map.of("tenant", tenant, "email", email, "password", password))
        .post("/api/v1/auth/login")
        .then();
  }

  /** Logs in and returns the access token; fails the test unless the login succeeds. */
  public static Session session(String tenant, String email, String password) {
    var body = login(tenant, email, password).statusCode(200).extract().jsonPath();
    return new Session(body.getString("access_token"), body.getString("refresh_token"));
  }

  public static Session admin() {
    return session("system", ADMIN_EMAIL, ADMIN_PASSWORD);
  }

  /** A slug no other test uses. */
  public static String uniqueSlug(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** An access token and the refresh token that came with it. */
  public record Session(String accessToken, String refreshToken) {}
}
