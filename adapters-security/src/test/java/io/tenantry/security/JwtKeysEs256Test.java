package io.tenantry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.application.auth.AccessTokenClaims;
import io.tenantry.application.auth.ClientGrant;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ES256 keys: the algorithm follows the key or the setting, the JWKS and both kinds in rotation.
 */
class JwtKeysEs256Test {
  private static final AccessTokenClaims CLAIMS =
      AccessTokenClaims.ofUser(
          UserId.random(),
          new TenantRef(TenantId.random(), new TenantSlug("acme-corp")),
          new Email("alice@example.com"),
          Set.of(Role.MEMBER),
          1L,
          null,
          ClientGrant.API,
          null);

  @TempDir Path dir;

  @Test
  void shouldSignWithES256WhenTheConfiguredKeyIsAnEcKeyAndNoAlgorithmIsSet() throws Exception {
    KeyPair pair = ec("secp256r1");
    JwtKeys keys = TestKeys.load(TestKeys.writePrivate(dir, "ec.pem", pair));

    assertThat(keys.algorithm()).isEqualTo(JwtAlgorithm.ES256);
    assertThat(keys.signingAlgorithm()).isEqualTo("ES256");
    assertThat(keys.publicKeys()).containsOnlyKeys(keys.currentKid());
    assertThat(keys.publicKeys().get(keys.currentKid())).isEqualTo(pair.getPublic());
    List<JsonWebKey> jwks = new JsonWebKeySet(keys.jwks()).getJsonWebKeys();
    assertThat(jwks).hasSize(1);
    EllipticCurveJsonWebKey jwk = (EllipticCurveJsonWebKey) jwks.get(0);
    assertThat(jwk.getKeyType()).isEqualTo("EC");
    assertThat(jwk.getCurveName()).isEqualTo("P-256");
    assertThat(jwk.getAlgorithm()).isEqualTo("ES256");
    assertThat(jwk.getKeyId()).isEqualTo(keys.currentKid());
    assertThat(jwk.getUse()).isEqualTo("sig");
    assertThat(jwk.getKey()).isEqualTo(pair.getPublic());
    assertThat(jwk.getPrivateKey()).isNull();
    assertThat(keys.jwks()).doesNotContain("\"d\"");
  }

  @Test
  void shouldPadEcCoordinatesToThirtyTwoBytes() throws Exception {
    // About one key in 128 has a coordinate with a leading zero byte; the JWK must still say 32.
    for (int i = 0; i < 300; i++) {
      JwtKeys keys = JwtKeys.load(Optional.of("ES256"), Optional.empty(), List.of());
      Map<?, ?> jwk = (Map<?, ?>) ((List<?>) parse(keys.jwks()).get("keys")).get(0);
      assertThat(Base64.getUrlDecoder().decode((String) jwk.get("x"))).hasSize(32);
      assertThat(Base64.getUrlDecoder().decode((String) jwk.get("y"))).hasSize(32);
    }
  }

  @Test
  void shouldGenerateAnEphemeralEcKeyWhenES256IsSet() {
    JwtKeys keys = JwtKeys.load(Optional.of("ES256"), Optional.empty(), List.of());

    assertThat(keys.signingKey().getAlgorithm()).isEqualTo("EC");
    assertThat(keys.publicKeys().get(keys.currentKid())).isInstanceOf(ECPublicKey.class);
  }

  @Test
  void shouldRefuseToStartWhenTheKeyTypeDoesNotMatchTheAlgorithm() {
    Path rsa = TestKeys.writePrivate(dir, "rsa.pem", TestKeys.rsa());
    Path ec = TestKeys.writePrivate(dir, "ec.pem", ec("secp256r1"));

    assertThatThrownBy(
            () -> JwtKeys.load(Optional.of("ES256"), Optional.of(rsa.toString()), List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("app.jwt.algorithm is ES256")
        .hasMessageContaining("RS256 key");
    assertThatThrownBy(
            () -> JwtKeys.load(Optional.of("RS256"), Optional.of(ec.toString()), List.of()))
        .hasMessageContaining("app.jwt.algorithm is RS256")
        .hasMessageContaining("ES256 key");
    assertThatThrownBy(() -> JwtKeys.load(Optional.of("HS256"), Optional.empty(), List.of()))
        .hasMessageContaining("app.jwt.algorithm must be RS256 or ES256");
  }

  @Test
  void shouldRefuseAnEcKeyOnAnotherCurve() {
    Path p384 = TestKeys.writePrivate(dir, "p384.pem", ec("secp384r1"));

    assertThatThrownBy(() -> TestKeys.load(p384))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not on P-256");
  }

  @Test
  void shouldSignAccessTokensWithES256AndStillAcceptRS256TokensOfThePreviousKey() throws Exception {
    KeyPair old = TestKeys.rsa();
    JwtKeys before = TestKeys.load(TestKeys.writePrivate(dir, "old.pem", old));
    String oldToken = tokens(before).issue(CLAIMS, Duration.ofMinutes(5)).token();
    JwtKeys after =
        TestKeys.load(
            TestKeys.writePrivate(dir, "new.pem", ec("secp256r1")),
            TestKeys.writePublic(dir, "old.pub.pem", old));
    JwtAccessTokens tokens = tokens(after);

    String newToken = tokens.issue(CLAIMS, Duration.ofMinutes(5)).token();

    JsonWebSignature jws = new JsonWebSignature();
    jws.setCompactSerialization(newToken);
    assertThat(jws.getAlgorithmHeaderValue()).isEqualTo("ES256");
    assertThat(jws.getKeyIdHeaderValue()).isEqualTo(after.currentKid());
    jws.setKey(after.publicKeys().get(after.currentKid()));
    assertThat(jws.verifySignature()).isTrue();
    assertThat(tokens.verify(newToken)).contains(CLAIMS);
    assertThat(tokens.verify(oldToken)).contains(CLAIMS);
    assertThat(new JsonWebKeySet(after.jwks()).getJsonWebKeys())
        .extracting(JsonWebKey::getAlgorithm)
        .containsExactlyInAnyOrder("ES256", "RS256");
  }

  @Test
  void shouldGenerateAKeyFileOfTheRequestedKind() throws Exception {
    Path file = dir.resolve("jwt-signing-key.pem");

    assertThat(SigningKeyFile.createIfAbsent(file, JwtAlgorithm.ES256)).isTrue();
    assertThat(SigningKeyFile.createIfAbsent(file, JwtAlgorithm.RS256)).isFalse();

    assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(TestKeys.load(file).algorithm()).isEqualTo(JwtAlgorithm.ES256);
  }

  private static JwtAccessTokens tokens(JwtKeys keys) {
    return new JwtAccessTokens(keys, "https://id.example.com", Clock.systemUTC());
  }

  private static Map<String, Object> parse(String json) throws Exception {
    return org.jose4j.json.JsonUtil.parseJson(json);
  }

  private static KeyPair ec(String curve) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec(curve));
      return generator.generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
