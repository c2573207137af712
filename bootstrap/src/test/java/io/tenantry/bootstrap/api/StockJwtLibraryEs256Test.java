package io.tenantry.bootstrap.api;

import static io.restassured.RestAssured.given;
import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.tenantry.bootstrap.support.CodeFlow;
import io.tenantry.bootstrap.support.CodeFlow.Client;
import io.tenantry.bootstrap.support.CodeFlow.Pkce;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * With {@code app.jwt.algorithm=ES256} every test of {@link StockJwtLibraryTest} runs again (the
 * algorithm read from discovery), and the code flow's ID and access tokens verify with Nimbus
 * against the key set fetched over HTTP: one Quarkus start for the whole ES256 surface.
 */
@QuarkusTest
@TestProfile(StockJwtLibraryEs256Test.Es256.class)
class StockJwtLibraryEs256Test extends StockJwtLibraryTest {

  @Test
  void shouldPublishAnEcKeyAndAdvertiseES256() {
    given()
        .get("/.well-known/jwks.json")
        .then()
        .statusCode(200)
        .body("keys[0].kty", equalTo("EC"))
        .body("keys[0].crv", equalTo("P-256"))
        .body("keys[0].alg", equalTo("ES256"))
        .body("keys[0].x.length()", equalTo(43))
        .body("keys[0].y.length()", equalTo(43))
        .body("keys[0].d", equalTo(null));
    given()
        .get("/.well-known/openid-configuration")
        .then()
        .body("id_token_signing_alg_values_supported", hasItem("ES256"));
  }

  @Test
  void shouldIssueES256IdAndAccessTokensInTheCodeFlowThatNimbusVerifies() throws Exception {
    CreatedTenant acme = Tenants.create(aTenant().withName("Acme Corp"));
    CreatedUser user = Users.create(acme, aUser());
    String redirect = "http://127.0.0.1:9/callback";
    Client client =
        CodeFlow.register(acme.owner().accessToken(), "public", redirect, redirect + "/out");
    Pkce pkce = Pkce.fresh();

    String landed =
        CodeFlow.signInAt(
                CodeFlow.authorizePath(client.id(), redirect, pkce, ""), user.email(), PASSWORD)
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    String code = CodeFlow.queryOf(landed).get("code");
    JsonPath tokens =
        CodeFlow.exchange(client, code, redirect, pkce.verifier())
            .statusCode(200)
            .extract()
            .jsonPath();

    JWTClaimsSet id = verify(tokens.getString("id_token"), JOSEObjectType.JWT, client.id());
    assertThat(id.getSubject()).isEqualTo(user.id());
    assertThat(id.getStringClaim("nonce")).isEqualTo(pkce.nonce());
    JWTClaimsSet access =
        verify(tokens.getString("access_token"), new JOSEObjectType("at+jwt"), "tenantry");
    assertThat(access.getStringClaim("sid")).isEqualTo(id.getStringClaim("sid"));
    String refreshed =
        CodeFlow.refresh(client, tokens.getString("refresh_token"))
            .statusCode(200)
            .extract()
            .path("access_token");
    assertThat(verify(refreshed, new JOSEObjectType("at+jwt"), "tenantry").getSubject())
        .isEqualTo(user.id());
  }

  /** Nimbus, told ES256 only, with the key set from the discovery document's {@code jwks_uri}. */
  private static JWTClaimsSet verify(String token, JOSEObjectType type, String audience)
      throws Exception {
    JsonPath discovery = given().get("/.well-known/openid-configuration").jsonPath();
    JWKSource<SecurityContext> keys =
        JWKSourceBuilder.create(URI.create(discovery.getString("jwks_uri")).toURL()).build();
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(type));
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, keys));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            audience,
            new JWTClaimsSet.Builder().issuer(discovery.getString("issuer")).build(),
            Set.of("sub", "iat", "exp", "sid")));
    return processor.process(token, null);
  }

  /** The test server's own URL as issuer, as for the RS256 run, and ES256. */
  public static class Es256 extends StockJwtLibraryTest.PublicUrlIsTheTestServer {
    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
      overrides.put("app.jwt.algorithm", "ES256");
      return overrides;
    }
  }
}
