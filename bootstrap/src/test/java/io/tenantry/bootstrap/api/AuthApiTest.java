package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static io.tenantry.bootstrap.support.Api.as;
import static io.tenantry.bootstrap.support.Api.json;
import static io.tenantry.bootstrap.support.Api.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.Concurrently;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthApiTest {
  private CreatedTenant acme;

  @BeforeEach
  void createTenant() {
    acme = Tenants.create(aTenant());
  }

  @Test
  void shouldIssueATokenPairOnLogin() {
    login(acme.slug(), acme.ownerEmail(), PASSWORD)
        .statusCode(200)
        .header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"))
        .body("token_type", equalTo("Bearer"))
        .body("expires_in", equalTo(900))
        .body("refresh_expires_in", equalTo(30 * 24 * 3600))
        .body("access_token", matchesPattern("^[\\w-]+\\.[\\w-]+\\.[\\w-]+$"))
        .body("refresh_token", matchesPattern("^[A-Za-z0-9_-]{65}$"));
  }

  @Test
  void shouldAnswerEveryLoginFailureWithTheSameBody() {
    List<io.restassured.response.ValidatableResponse> failures =
        List.of(
            login(acme.slug(), acme.ownerEmail(), "a wrong passphrase here"),
            login(acme.slug(), "nobody@acme.test", PASSWORD),
            login("no-such-tenant", acme.ownerEmail(), PASSWORD),
            login("NOT A SLUG", "not-an-email", PASSWORD));
    List<Map<String, Object>> bodies = new java.util.ArrayList<>();
    for (var failure : failures) {
      Map<String, Object> body =
          failure
              .statusCode(401)
              .header("WWW-Authenticate", "Bearer")
              .contentType("application/problem+json")
              .extract()
              .jsonPath()
              .getMap("");
      bodies.add(withoutInstance(body));
    }
    assertThat(bodies).allSatisfy(body -> assertThat(body).isEqualTo(bodies.get(0)));
    assertThat(bodies.get(0)).containsEntry("code", "invalid_credentials");
  }

  @Test
  void shouldLockAnAccountAfterRepeatedFailuresUntilAnAdminUnlocksIt() {
    var user = io.tenantry.bootstrap.support.Users.create(acme, aUser());
    String owner = acme.owner().accessToken();
    for (int i = 0; i < 5; i++) {
      login(acme.slug(), user.email(), "a wrong passphrase no " + i).statusCode(401);
    }
    login(acme.slug(), user.email(), PASSWORD)
        .statusCode(401)
        .body("code", equalTo("invalid_credentials"));
    as(owner)
        .get("/api/v1/users/" + user.id())
        .then()
        .body("locked_until", org.hamcrest.Matchers.notNullValue());

    as(owner).post("/api/v1/users/" + user.id() + "/unlock").then().statusCode(204);
    as(owner)
        .get("/api/v1/users/" + user.id())
        .then()
        .body("locked_until", org.hamcrest.Matchers.nullValue());
    login(acme.slug(), user.email(), PASSWORD).statusCode(200);
  }

  @Test
  void shouldRotateRefreshTokens() {
    Api.Session first = Api.session(acme.slug(), acme.ownerEmail(), PASSWORD);
    String second = refresh(first.refreshToken()).statusCode(200).extract().path("refresh_token");
    assertThat(second).isNotEqualTo(first.refreshToken());
    refresh(second).statusCode(200);
  }

  @Test
  void shouldRevokeOnlyTheFamilyOfAReusedRefreshToken() {
    Api.Session stolen = Api.session(acme.slug(), acme.ownerEmail(), PASSWORD);
    Api.Session otherDevice = Api.session(acme.slug(), acme.ownerEmail(), PASSWORD);
    String rotated = refresh(stolen.refreshToken()).statusCode(200).extract().path("refresh_token");

    refresh(stolen.refreshToken()).statusCode(401).body("code", equalTo("invalid_token"));

    refresh(rotated).statusCode(401);
    refresh(otherDevice.refreshToken()).statusCode(200);
  }

  @Test
  void shouldRotateARefreshTokenOnlyOnceUnderConcurrentUse() throws Exception {
    Api.Session session = Api.session(acme.slug(), acme.ownerEmail(), PASSWORD);
    List<Integer> statuses =
        Concurrently.statuses(4, () -> refresh(session.refreshToken()).extract().statusCode());
    assertThat(statuses).containsExactly(200, 401, 401, 401);
  }

  @Test
  void shouldKillTheSessionOnLogout() {
    Api.Session session = Api.session(acme.slug(), acme.ownerEmail(), PASSWORD);
    json()
        .body(Map.of("refresh_token", session.refreshToken()))
        .post("/api/v1/auth/logout")
        .then()
        .statusCode(204);
    refresh(session.refreshToken()).statusCode(401);
  }

  @Test
  void shouldEndEverySessionOnLogoutAll() {
    Api.Session one = Api.session(acme.slug(), acme.ownerEmail(), PASSWORD);
    Api.Session two = Api.session(acme.slug(), acme.ownerEmail(), PASSWORD);
    as(one.accessToken()).post("/api/v1/auth/logout-all").then().statusCode(204);

    refresh(one.refreshToken()).statusCode(401);
    refresh(two.refreshToken()).statusCode(401);
    as(two.accessToken()).get("/api/v1/users/me").then().statusCode(401);
    as(Api.session(acme.slug(), acme.ownerEmail(), PASSWORD).accessToken())
        .get("/api/v1/users/me")
        .then()
        .statusCode(200);
  }

  @Test
  void shouldRequireATokenForLogoutAll() {
    json()
        .post("/api/v1/auth/logout-all")
        .then()
        .statusCode(401)
        .body("code", equalTo("unauthenticated"));
  }

  @Test
  void shouldRejectTamperedAndForeignTokens() {
    String token = acme.owner().accessToken();
    String[] parts = token.split("\\.");
    String tamperedPayload =
        parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
    String unsigned = parts[0] + "." + parts[1] + ".";
    for (String bad : List.of(tamperedPayload, unsigned, "garbage", token + "x")) {
      as(bad)
          .get("/api/v1/users/me")
          .then()
          .statusCode(401)
          .header("WWW-Authenticate", "Bearer")
          .body("code", equalTo("unauthenticated"));
    }
  }

  @Test
  void shouldPublishTheSigningKeyAsJwks() {
    RestAssured.get("/.well-known/jwks.json")
        .then()
        .statusCode(200)
        .body("keys.size()", greaterThanOrEqualTo(1))
        .body("keys.alg", hasItem("RS256"))
        .body("keys.kty", hasItem("RSA"));
  }

  @Test
  void shouldIssueAccessTokensThatTheJwksVerifies() throws Exception {
    String jwks = RestAssured.get("/.well-known/jwks.json").then().extract().asString();
    var consumer =
        new org.jose4j.jwt.consumer.JwtConsumerBuilder()
            .setVerificationKeyResolver(
                new org.jose4j.keys.resolvers.JwksVerificationKeyResolver(
                    new org.jose4j.jwk.JsonWebKeySet(jwks).getJsonWebKeys()))
            .setExpectedIssuer("http://localhost:8080")
            // RFC 9068: every access token names its audience, and a consumer must expect one.
            .setExpectedAudience("tenantry")
            .setRequireExpirationTime()
            .setRequireJwtId()
            .build();

    var claims = consumer.processToClaims(acme.owner().accessToken());

    assertThat(claims.getStringClaimValue("tenant")).isEqualTo(acme.slug());
    assertThat(claims.getStringClaimValue("tid")).isEqualTo(acme.id());
    assertThat(claims.getStringClaimValue("upn")).isEqualTo(acme.ownerEmail());
    assertThat(claims.getStringListClaimValue("groups")).containsExactly("owner");
    assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue())
        .isEqualTo(900);
  }

  @Test
  void shouldValidateLoginInput() {
    json()
        .body(Map.of("tenant", acme.slug()))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("validation_failed"))
        .body("errors.field", hasItem("email"))
        .body("errors.field", hasItem("password"));
  }

  /** The core names the fields its own way; {@code errors[].field} keeps the API's names. */
  @Test
  void shouldNameTheRefusedFieldsAsTheApiDoes() {
    String owner = acme.owner().accessToken();
    as(owner)
        .body(Map.of("current_password", "not the password", "new_password", "a brand new one"))
        .post("/api/v1/auth/password/change")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_credentials"))
        .body("errors.field", hasItem("current_password"));
    as(owner)
        .body(Map.of("current_password", PASSWORD, "new_password", "password1234"))
        .post("/api/v1/auth/password/change")
        .then()
        .statusCode(400)
        .body("code", equalTo("weak_password"))
        .body("errors.field", hasItem("new_password"));
    as(owner)
        .body(Map.of("display_name", " "))
        .patch("/api/v1/users/me")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("display_name"));
  }

  private static io.restassured.response.ValidatableResponse refresh(String token) {
    return json().body(Map.of("refresh_token", token)).post("/api/v1/auth/refresh").then();
  }

  private static Map<String, Object> withoutInstance(Map<String, Object> body) {
    var copy = new java.util.HashMap<>(body);
    copy.remove("instance");
    return copy;
  }
}
