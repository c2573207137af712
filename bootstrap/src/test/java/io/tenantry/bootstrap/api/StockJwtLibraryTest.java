package io.tenantry.bootstrap.api;

import static io.restassured.RestAssured.given;
import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.FreePorts;
import io.tenantry.bootstrap.support.OAuth;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import io.tenantry.security.JwtKeys;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nimbus JOSE+JWT, the library under Spring Security's resource server, validates Tenantry's access
 * tokens from the discovery document alone: issuer, JWKS, audience and the RFC 9068 type.
 */
@QuarkusTest
@TestProfile(StockJwtLibraryTest.PublicUrlIsTheTestServer.class)
class StockJwtLibraryTest {
  private CreatedTenant acme;
  private DefaultJWTProcessor<SecurityContext> processor;
  private String issuer;

  @BeforeEach
  void resourceServerFromDiscovery() throws Exception {
    acme = Tenants.create(aTenant());
    JsonPath discovery =
        given()
            .get("/.well-known/openid-configuration")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    issuer = discovery.getString("issuer");
    JWKSource<SecurityContext> keys =
        JWKSourceBuilder.create(URI.create(discovery.getString("jwks_uri")).toURL()).build();
    JWSAlgorithm algorithm =
        JWSAlgorithm.parse(
            discovery.getList("id_token_signing_alg_values_supported").get(0).toString());
    processor = new DefaultJWTProcessor<>();
    processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt")));
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithm, keys));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            "tenantry",
            new JWTClaimsSet.Builder().issuer(issuer).build(),
            Set.of("iss", "aud", "sub", "exp", "iat", "jti", "client_id")));
  }

  @Inject JwtKeys keys;

  @Test
  void shouldSignWithAwsLcOnThisLinuxJvmSoTheseTestsVerifyItsTokens() throws Exception {
    assertThat(keys.awaitSignatureProvider(Duration.ofSeconds(30))).isTrue();
    assertThat(keys.signatureProvider()).isEqualTo("AmazonCorrettoCryptoProvider");
  }

  @Test
  void shouldValidateATokenOfTheLoginApi() throws Exception {
    CreatedUser user = Users.create(acme, aUser());
    JWTClaimsSet claims = processor.process(user.token(), null);

    assertThat(claims.getIssuer()).isEqualTo(issuer);
    assertThat(claims.getAudience()).containsExactly("tenantry");
    assertThat(claims.getSubject()).isEqualTo(user.id());
    assertThat(claims.getStringClaim("client_id")).isEqualTo("tenantry-api");
    assertThat(claims.getStringClaim("scope")).isEqualTo("email offline_access profile");
    assertThat(claims.getStringClaim("sid")).isNotBlank();
    assertThat(claims.getStringClaim("tid")).isEqualTo(acme.id());
  }

  @Test
  void shouldValidateARefreshedToken() throws Exception {
    CreatedUser user = Users.create(acme, aUser());
    String refreshed =
        Api.json()
            .body(Map.of("refresh_token", user.session().refreshToken()))
            .post("/api/v1/auth/refresh")
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");

    assertThat(processor.process(refreshed, null).getSubject()).isEqualTo(user.id());
  }

  @Test
  void shouldValidateATokenRefreshedAtTheTokenEndpointWithTheClientsOwnAudienceToo()
      throws Exception {
    OAuth.Client web =
        OAuth.register(
            acme.owner().accessToken(),
            Map.of("name", "orders", "type", "confidential", "audience", "orders-api"));
    CreatedUser user = Users.create(acme, aUser());
    Api.Session session = OAuth.startSession(web, user.email(), "openid");
    String refreshed =
        OAuth.as(web)
            .formParam("grant_type", "refresh_token")
            .formParam("refresh_token", session.refreshToken())
            .post("/oauth2/token")
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");

    JWTClaimsSet claims = processor.process(refreshed, null);
    assertThat(claims.getAudience()).containsExactly("orders-api", "tenantry");
    assertThat(claims.getStringClaim("client_id")).isEqualTo(web.id());
  }

  @Test
  void shouldValidateAClientCredentialsToken() throws Exception {
    OAuth.Client service = OAuth.service(acme.owner().accessToken(), "member");
    String token = OAuth.clientCredentials(service).statusCode(200).extract().path("access_token");

    JWTClaimsSet claims = processor.process(token, null);
    assertThat(claims.getSubject()).isEqualTo(service.id());
    assertThat(claims.getStringListClaim("groups")).isEqualTo(List.of("member"));
  }

  @Test
  void shouldBeRefusedByAResourceServerThatExpectsAnotherAudience() {
    CreatedUser user = Users.create(acme, aUser());
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            "orders-api", new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("aud")));

    assertThatThrownBy(() -> processor.process(user.token(), null))
        .isInstanceOf(BadJOSEException.class);
  }

  /** Runs the app on a port chosen here, so that the issuer URL is where the app really is. */
  public static class PublicUrlIsTheTestServer implements QuarkusTestProfile {
    private static final int PORT = FreePorts.any();

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.http.test-port",
          Integer.toString(PORT),
          "app.public-url",
          "http://localhost:" + PORT);
    }
  }
}
