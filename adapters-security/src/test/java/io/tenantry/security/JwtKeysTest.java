package io.tenantry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtKeysTest {
  private static KeyPair current;
  private static KeyPair previous;

  @TempDir Path dir;

  @BeforeAll
  static void generateKeys() {
    current = TestKeys.rsa();
    previous = TestKeys.rsa();
  }

  @Test
  void shouldGenerateAnEphemeralKeyWhenNoSigningKeyIsConfigured() throws JoseException {
    JwtKeys keys = JwtKeys.load(Optional.empty(), List.of());

    assertThat(keys.signingKey()).isNotNull();
    assertThat(keys.signingKey().getAlgorithm()).isEqualTo("RSA");
    assertThat(keys.publicKeys()).containsOnlyKeys(keys.currentKid());
    assertThat(((RSAPublicKey) keys.publicKeys().get(keys.currentKid())).getModulus().bitLength())
        .isEqualTo(2048);

    List<JsonWebKey> jwks = new JsonWebKeySet(keys.jwks()).getJsonWebKeys();
    assertThat(jwks).hasSize(1);
    JsonWebKey jwk = jwks.get(0);
    assertThat(jwk).isInstanceOf(RsaJsonWebKey.class);
    assertThat(jwk.getKeyType()).isEqualTo("RSA");
    assertThat(jwk.getKeyId()).isNotBlank().isEqualTo(keys.currentKid());
    assertThat(jwk.getAlgorithm()).isEqualTo("RS256");
    assertThat(jwk.getUse()).isEqualTo("sig");
    assertThat(jwk.getKey()).isEqualTo(keys.publicKeys().get(keys.currentKid()));
  }

  @Test
  void shouldGenerateADifferentEphemeralKeyEachTime() {
    JwtKeys first = JwtKeys.load(Optional.empty(), List.of());
    JwtKeys second = JwtKeys.load(Optional.empty(), List.of());

    assertThat(first.currentKid()).isNotEqualTo(second.currentKid());
  }

  @Test
  void shouldLoadAPkcs8PemPrivateKey() throws Exception {
    Path file = TestKeys.writePrivate(dir, "signing.pem", current);
    assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----");

    JwtKeys keys = TestKeys.load(file);

    assertThat(keys.signingKey().getEncoded()).isEqualTo(current.getPrivate().getEncoded());
    assertThat(keys.publicKeys()).containsOnlyKeys(keys.currentKid());
    assertThat(keys.publicKeys().get(keys.currentKid())).isEqualTo(current.getPublic());
    JsonWebKey jwk = new JsonWebKeySet(keys.jwks()).getJsonWebKeys().get(0);
    assertThat(jwk.getKey()).isEqualTo(current.getPublic());
    assertThat(jwk.getAlgorithm()).isEqualTo("RS256");
    assertThat(jwk.getUse()).isEqualTo("sig");
  }

  @Test
  void shouldDeriveAStableKidFromThePublicKey() {
    Path file = TestKeys.writePrivate(dir, "signing.pem", current);

    JwtKeys first = TestKeys.load(file);
    JwtKeys second = TestKeys.load(file);

    assertThat(first.currentKid()).isNotBlank().isEqualTo(second.currentKid());
    assertThat(first.currentKid())
        .isNotEqualTo(
            TestKeys.load(TestKeys.writePrivate(dir, "other.pem", previous)).currentKid());
  }

  @Test
  void shouldGiveAKeyTheSameKidAsSigningKeyAndAsVerificationKey() {
    String kidWhenSigning =
        TestKeys.load(TestKeys.writePrivate(dir, "previous.pem", previous)).currentKid();

    JwtKeys rotated =
        TestKeys.load(
            TestKeys.writePrivate(dir, "current.pem", current),
            TestKeys.writePublic(dir, "previous.pub.pem", previous));

    assertThat(rotated.publicKeys()).containsKey(kidWhenSigning);
    assertThat(rotated.publicKeys().get(kidWhenSigning)).isEqualTo(previous.getPublic());
  }

  @Test
  void shouldPublishTheCurrentAndThePreviousKeyDuringARotation() throws Exception {
    Path publicFile = TestKeys.writePublic(dir, "previous.pub.pem", previous);
    assertThat(Files.readString(publicFile)).startsWith("-----BEGIN PUBLIC KEY-----");

    JwtKeys keys = TestKeys.load(TestKeys.writePrivate(dir, "current.pem", current), publicFile);

    assertThat(keys.publicKeys()).hasSize(2).containsKey(keys.currentKid());
    assertThat(keys.publicKeys().get(keys.currentKid())).isEqualTo(current.getPublic());
    assertThat(keys.publicKeys().values())
        .containsExactlyInAnyOrder(
            (RSAPublicKey) current.getPublic(), (RSAPublicKey) previous.getPublic());
    assertThat(keys.signingKey().getEncoded()).isEqualTo(current.getPrivate().getEncoded());

    List<JsonWebKey> jwks = new JsonWebKeySet(keys.jwks()).getJsonWebKeys();
    assertThat(jwks).hasSize(2);
    assertThat(jwks)
        .extracting(JsonWebKey::getKeyId)
        .containsExactlyInAnyOrderElementsOf(keys.publicKeys().keySet());
    assertThat(jwks).extracting(JsonWebKey::getAlgorithm).containsOnly("RS256");
    assertThat(jwks).extracting(JsonWebKey::getUse).containsOnly("sig");
    assertThat(jwks)
        .extracting(jwk -> (PublicKey) jwk.getKey())
        .containsExactlyInAnyOrder(current.getPublic(), previous.getPublic());
  }

  @Test
  void shouldListTheCurrentKeyOnceWhenItIsAlsoAVerificationKey() throws JoseException {
    JwtKeys keys =
        TestKeys.load(
            TestKeys.writePrivate(dir, "current.pem", current),
            TestKeys.writePublic(dir, "current.pub.pem", current));

    assertThat(keys.publicKeys()).containsOnlyKeys(keys.currentKid());
    assertThat(new JsonWebKeySet(keys.jwks()).getJsonWebKeys()).hasSize(1);
  }

  @Test
  void shouldPublishNoPrivateKeyMaterialInTheJwks() throws JoseException {
    JwtKeys keys = TestKeys.load(TestKeys.writePrivate(dir, "current.pem", current));
    RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) current.getPrivate();
    String d =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(privateKey.getPrivateExponent().toByteArray());

    String jwks = keys.jwks();

    assertThat(jwks).doesNotContain("\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"");
    assertThat(jwks).doesNotContain(d.substring(2, 40));
    RsaJsonWebKey jwk = (RsaJsonWebKey) new JsonWebKeySet(jwks).getJsonWebKeys().get(0);
    assertThat(jwk.getPrivateKey()).isNull();
  }

  @Test
  void shouldFailOnAPemWithValidBase64ThatIsNoKeyWithoutNamingKeyMaterial() {
    byte[] garbage = new byte[600];
    new SecureRandom().nextBytes(garbage);
    String body = Base64.getEncoder().encodeToString(garbage);
    Path file = TestKeys.write(dir.resolve("garbage.pem"), "PRIVATE KEY", garbage);

    assertThatThrownBy(() -> TestKeys.load(file))
        .isInstanceOf(IllegalStateException.class)
        .satisfies(e -> assertNoKeyMaterial(e, body));
  }

  @Test
  void shouldFailOnAPemThatIsNotBase64WithoutNamingKeyMaterial() throws Exception {
    String body = "this*is*not*a*key*at*all*secret-ish";
    Path file =
        Files.writeString(
            dir.resolve("garbage.pem"),
            "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");

    assertThatThrownBy(() -> TestKeys.load(file))
        .isInstanceOf(RuntimeException.class)
        .satisfies(e -> assertNoKeyMaterial(e, body));
  }

  @Test
  void shouldFailOnAPrivateKeyConfiguredAsVerificationKeyWithoutNamingKeyMaterial() {
    Path signing = TestKeys.writePrivate(dir, "current.pem", current);
    // An operator's mistake: the previous *private* key, stripped of its PEM lines, where the
    // public one belongs.
    Path misplaced =
        TestKeys.write(
            dir.resolve("previous.pem"), "PUBLIC KEY", previous.getPrivate().getEncoded());
    String body = Base64.getEncoder().encodeToString(previous.getPrivate().getEncoded());

    assertThatThrownBy(() -> TestKeys.load(signing, misplaced))
        .isInstanceOf(RuntimeException.class)
        .satisfies(e -> assertNoKeyMaterial(e, body));
  }

  @Test
  void shouldFailOnAMissingKeyFile() {
    Path missing = dir.resolve("missing.pem");

    assertThatThrownBy(() -> TestKeys.load(missing))
        .isInstanceOf(RuntimeException.class)
        .hasMessageContaining("missing.pem");
  }

  /** Neither the exception nor any of its causes repeats a fragment of the PEM body. */
  private static void assertNoKeyMaterial(Throwable thrown, String body) {
    for (Throwable e = thrown; e != null; e = e.getCause()) {
      String message = String.valueOf(e.getMessage());
      for (int i = 0; i + 12 <= body.length(); i += 4) {
        assertThat(message).doesNotContain(body.substring(i, i + 12));
      }
      assertThat(String.valueOf(e)).doesNotContain(body.substring(0, 12));
    }
  }
}
