package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.as;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.OAuth;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IntrospectionTest {
  private CreatedTenant acme;
  private OAuth.Client resourceServer;
  private CreatedUser user;

  @BeforeEach
  void tenantWithAResourceServer() {
    acme = Tenants.create(aTenant());
    resourceServer = OAuth.service(acme.owner().accessToken());
    user = Users.create(acme, aUser());
  }

  @Test
  void shouldDescribeAnActiveAccessToken() {
    OAuth.introspect(resourceServer, user.token())
        .statusCode(200)
        .header("Cache-Control", containsString("no-store"))
        .body("active", equalTo(true))
        .body("sub", equalTo(user.id()))
        .body("tid", equalTo(acme.id()))
        .body("tenant", equalTo(acme.slug()))
        .body("client_id", equalTo("tenantry-api"))
        .body("scope", equalTo("email offline_access profile"))
        .body("token_type", equalTo("access_token"))
        .body("username", equalTo(user.email()))
        .body("$", hasKey("exp"));
    OAuth.introspect(resourceServer, user.session().refreshToken())
        .statusCode(200)
        .body("active", equalTo(true))
        .body("token_type", equalTo("refresh_token"));
  }

  @Test
  void shouldSayInactiveAfterLogoutEverywhere() {
    as(user.token()).post("/api/v1/auth/logout-all").then().statusCode(204);

    assertInactive(user.token());
    assertInactive(user.session().refreshToken());
  }

  @Test
  void shouldSayInactiveOnceTheUserIsDisabled() {
    as(acme.owner().accessToken())
        .body(Map.of("status", "disabled"))
        .patch("/api/v1/users/" + user.id())
        .then()
        .statusCode(200);

    assertInactive(user.token());
  }

  @Test
  void shouldSayInactiveOnceTheTenantIsSuspended() {
    String token =
        OAuth.clientCredentials(OAuth.service(acme.owner().accessToken()))
            .extract()
            .path("access_token");
    OAuth.introspect(resourceServer, token).statusCode(200).body("active", equalTo(true));

    as(Api.admin().accessToken())
        .body(Map.of("status", "suspended"))
        .patch("/api/v1/admin/tenants/" + acme.id())
        .then()
        .statusCode(200);

    assertInactive(user.token());
    assertInactive(token);
    assertInactive(user.session().refreshToken());
  }

  @Test
  void shouldSayInactiveForAnotherTenantsTokenAndForGarbage() {
    CreatedTenant other = Tenants.create(aTenant());

    assertInactive(other.owner().accessToken());
    assertInactive(other.owner().refreshToken());
    assertInactive("not-a-token");
  }

  @Test
  void shouldRevokeARefreshTokenSoThatIntrospectionSaysInactive() {
    OAuth.Client web = OAuth.confidential(acme.owner().accessToken());
    Api.Session session = OAuth.startSession(web, user.email(), "openid offline_access");
    OAuth.introspect(resourceServer, session.accessToken()).body("active", equalTo(true));

    OAuth.as(web)
        .formParam("token", session.refreshToken())
        .post("/oauth2/revoke")
        .then()
        .statusCode(200);

    assertInactive(session.refreshToken());
    assertInactive(session.accessToken());
    OAuth.as(web).formParam("token", "unknown").post("/oauth2/revoke").then().statusCode(200);
  }

  @Test
  void shouldRevokeAnAccessTokensSession() {
    OAuth.Client web = OAuth.confidential(acme.owner().accessToken());
    Api.Session session = OAuth.startSession(web, user.email(), "openid");

    OAuth.as(web)
        .formParam("token", session.accessToken())
        .post("/oauth2/revoke")
        .then()
        .statusCode(200);

    assertInactive(session.accessToken());
    as(session.accessToken()).get("/api/v1/users/me").then().statusCode(401);
  }

  @Test
  void shouldLetOnlyConfidentialClientsIntrospect() {
    OAuth.Client spa =
        OAuth.register(acme.owner().accessToken(), Map.of("name", "spa", "type", "public"));

    OAuth.form()
        .formParam("client_id", spa.id())
        .formParam("token", user.token())
        .post("/oauth2/introspect")
        .then()
        .statusCode(401)
        .body("error", equalTo("invalid_client"));
    OAuth.form().formParam("token", user.token()).post("/oauth2/introspect").then().statusCode(401);
  }

  @Test
  void shouldServeUserInfoForAUsersToken() {
    OAuth.form()
        .header("Authorization", "Bearer " + user.token())
        .get("/oauth2/userinfo")
        .then()
        .statusCode(200)
        .body("sub", equalTo(user.id()))
        .body("email", equalTo(user.email()))
        .body("email_verified", equalTo(true))
        .body("tenant", equalTo(acme.slug()))
        .body("tid", equalTo(acme.id()));
    OAuth.form()
        .get("/oauth2/userinfo")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", containsString("Bearer"))
        .body("error", equalTo("invalid_token"));
  }

  private void assertInactive(String token) {
    OAuth.introspect(resourceServer, token)
        .statusCode(200)
        .body("active", equalTo(false))
        .body("$", not(hasKey("sub")))
        .body("$", not(anEmptyMap()));
  }
}
