package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.OAuth;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OAuthTokenTest {
  private CreatedTenant acme;

  @BeforeEach
  void tenant() {
    acme = Tenants.create(aTenant());
  }

  @Test
  void shouldIssueAServiceClientItsOwnTokenWithItsRolesAndNoRefreshToken() {
    OAuth.Client service = OAuth.service(acme.owner().accessToken(), "admin");

    JsonPath tokens =
        OAuth.clientCredentials(service)
            .statusCode(200)
            .header("Cache-Control", containsString("no-store"))
            .header("Pragma", "no-cache")
            .body("token_type", equalTo("Bearer"))
            .body("expires_in", equalTo(900))
            .body("refresh_token", nullValue())
            .extract()
            .jsonPath();
    Map<String, Object> claims = claims(tokens.getString("access_token"));

    assertThat(claims)
        .containsEntry("sub", service.id())
        .containsEntry("client_id", service.id())
        .containsEntry("tid", acme.id())
        .containsEntry("groups", java.util.List.of("admin"))
        .doesNotContainKey("upn")
        .doesNotContainKey("sid");
  }

  @Test
  void shouldRefuseAClientCredentialsTokenOnTheUserApiWith403() {
    OAuth.Client service = OAuth.service(acme.owner().accessToken(), "admin");
    String token = OAuth.clientCredentials(service).extract().path("access_token");

    as(token).get("/api/v1/users").then().statusCode(403).body("code", equalTo("forbidden"));
    as(token).get("/api/v1/users/me").then().statusCode(403);
    OAuth.form()
        .header("Authorization", "Bearer " + token)
        .get("/oauth2/userinfo")
        .then()
        .statusCode(403)
        .header("WWW-Authenticate", containsString("insufficient_scope"));
  }

  @Test
  void shouldRefuseClientCredentialsToClientsThatAreNotServiceClients() {
    OAuth.Client web = OAuth.confidential(acme.owner().accessToken());

    OAuth.clientCredentials(web)
        .statusCode(400)
        .body("error", equalTo("unauthorized_client"))
        .body("error_description", notNullValue());
  }

  @Test
  void shouldAnswerBadClientsAndGrantsTheRfcWay() {
    OAuth.Client service = OAuth.service(acme.owner().accessToken(), "member");

    OAuth.clientCredentials(new OAuth.Client(service.id(), "wrong"))
        .statusCode(401)
        .header("WWW-Authenticate", containsString("Basic"))
        .header("Cache-Control", containsString("no-store"))
        .body("error", equalTo("invalid_client"));
    OAuth.form()
        .formParam("grant_type", "client_credentials")
        .formParam("client_id", "no-such-client")
        .formParam("client_secret", "x")
        .post("/oauth2/token")
        .then()
        .statusCode(401)
        .body("error", equalTo("invalid_client"));
    OAuth.as(service)
        .formParam("grant_type", "password")
        .post("/oauth2/token")
        .then()
        .statusCode(400)
        .body("error", equalTo("unsupported_grant_type"));
    OAuth.as(service)
        .formParam("grant_type", "refresh_token")
        .formParam("refresh_token", "not-a-refresh-token")
        .post("/oauth2/token")
        .then()
        .statusCode(400)
        .body("error", equalTo("invalid_grant"));
    OAuth.as(service)
        .formParam("grant_type", "client_credentials")
        .formParam("grant_type", "client_credentials")
        .post("/oauth2/token")
        .then()
        .statusCode(400)
        .body("error", equalTo("invalid_request"));
  }

  @Test
  void shouldAuthenticateWithClientSecretPostToo() {
    OAuth.Client service = OAuth.service(acme.owner().accessToken(), "member");

    OAuth.form()
        .formParam("grant_type", "client_credentials")
        .formParam("client_id", service.id())
        .formParam("client_secret", service.secret())
        .post("/oauth2/token")
        .then()
        .statusCode(200)
        .body("access_token", notNullValue());
  }

  @Test
  void shouldRotateAClientsRefreshTokenAndRevokeTheSessionOnReuse() {
    OAuth.Client web = OAuth.confidential(acme.owner().accessToken());
    CreatedUser user = Users.create(acme, aUser());
    Api.Session session = OAuth.startSession(web, user.email(), "openid email offline_access");

    JsonPath refreshed = refresh(web, session.refreshToken()).statusCode(200).extract().jsonPath();
    assertThat(refreshed.getString("scope")).isEqualTo("email offline_access openid");
    Map<String, Object> claims = claims(refreshed.getString("access_token"));
    assertThat(claims)
        .containsEntry("client_id", web.id())
        .containsEntry("scope", "email offline_access openid")
        .containsEntry("sub", user.id())
        .containsKey("sid");
    as(refreshed.getString("access_token")).get("/api/v1/users/me").then().statusCode(200);

    refresh(web, session.refreshToken()).statusCode(400).body("error", equalTo("invalid_grant"));
    refresh(web, refreshed.getString("refresh_token"))
        .statusCode(400)
        .body("error", equalTo("invalid_grant"));
    as(refreshed.getString("access_token")).get("/api/v1/users/me").then().statusCode(401);
  }

  @Test
  void shouldRefreshOnlyTheSessionsOfTheAuthenticatingClient() {
    OAuth.Client web = OAuth.confidential(acme.owner().accessToken());
    OAuth.Client other = OAuth.confidential(acme.owner().accessToken());
    CreatedUser user = Users.create(acme, aUser());
    Api.Session ofWeb = OAuth.startSession(web, user.email(), "openid");

    refresh(other, ofWeb.refreshToken()).statusCode(400).body("error", equalTo("invalid_grant"));
    refresh(web, user.session().refreshToken())
        .statusCode(400)
        .body("error", equalTo("invalid_grant"));
    Api.json()
        .body(Map.of("refresh_token", ofWeb.refreshToken()))
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(401);
    refresh(web, ofWeb.refreshToken()).statusCode(200);
  }

  private static io.restassured.response.ValidatableResponse refresh(
      OAuth.Client client, String refreshToken) {
    return OAuth.as(client)
        .formParam("grant_type", "refresh_token")
        .formParam("refresh_token", refreshToken)
        .post("/oauth2/token")
        .then();
  }

  /** The payload of a JWT, read without checking it (the Nimbus test checks signatures). */
  static Map<String, Object> claims(String jwt) {
    String payload =
        new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    return io.restassured.path.json.JsonPath.from(payload).getMap("");
  }
}
