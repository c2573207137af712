package io.tenantry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tokens our signer assembles are the ones jose4j's JsonWebSignature makes (on the JDK's
 * providers), byte for byte, whether the JDK or AWS-LC computes the signature.
 */
class JwsSignerTest {
  private static final String PAYLOAD =
      "{\"iss\":\"https://id.example.com/\",\"sub\":\"a/b+c\",\"upn\":\"zoë@example.com\",\"exp\":1}";

  @ParameterizedTest
  @ValueSource(strings = {"jdk", "aws-lc"})
  void anRs256TokenIsJose4jsByteForByte(String provider) throws Exception {
    KeyPair pair = TestKeys.rsa();
    JwsSigner signer = signer("at+jwt", "kid-1", JwtAlgorithm.RS256, pair, provider);

    String token = signer.sign(PAYLOAD);

    assertThat(token).isEqualTo(jose4j("at+jwt", "kid-1", "RS256", pair, PAYLOAD));
    assertThat(verifiedPayload(token, pair.getPublic())).isEqualTo(PAYLOAD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jdk", "aws-lc"})
  void anEs256TokenHasJose4jsHeaderAndVerifies(String provider) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair pair = generator.generateKeyPair();
    JwsSigner signer = signer("JWT", "kid-2", JwtAlgorithm.ES256, pair, provider);

    String token = signer.sign(PAYLOAD);

    String expected = jose4j("JWT", "kid-2", "ES256", pair, PAYLOAD);
    assertThat(token.substring(0, token.lastIndexOf('.')))
        .isEqualTo(expected.substring(0, expected.lastIndexOf('.')));
    assertThat(verifiedPayload(token, pair.getPublic())).isEqualTo(PAYLOAD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jdk", "aws-lc"})
  void threadsSigningAtOnceEachGetAValidToken(String provider) throws Exception {
    KeyPair pair = TestKeys.rsa();
    JwsSigner signer = signer("at+jwt", "kid-3", JwtAlgorithm.RS256, pair, provider);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> tokens = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String payload = "{\"n\":" + i + "}";
        tokens.add(threads.submit(() -> signer.sign(payload)));
      }
      for (int i = 0; i < tokens.size(); i++) {
        assertThat(verifiedPayload(tokens.get(i).get(), pair.getPublic()))
            .isEqualTo("{\"n\":" + i + "}");
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /** A signer on the provider {@code setting} names; {@code aws-lc} fails where it cannot load. */
  private static JwsSigner signer(
      String type, String kid, JwtAlgorithm algorithm, KeyPair pair, String setting) {
    SigningProvider provider =
        SigningProvider.of(setting, algorithm, pair.getPrivate(), pair.getPublic());
    assertThat(provider.signingNow().getName())
        .isEqualTo(setting.equals("jdk") ? jdkName(algorithm) : "AmazonCorrettoCryptoProvider");
    return new JwsSigner(type, kid, algorithm, pair.getPrivate(), provider);
  }

  private static String jdkName(JwtAlgorithm algorithm) {
    return algorithm == JwtAlgorithm.RS256 ? "SunRsaSign" : "SunEC";
  }

  private static String jose4j(String type, String kid, String alg, KeyPair pair, String payload)
      throws Exception {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setHeader("typ", type);
    jws.setKeyIdHeaderValue(kid);
    jws.setAlgorithmHeaderValue(alg);
    jws.setPayload(payload);
    jws.setKey(pair.getPrivate());
    return jws.getCompactSerialization();
  }

  /** The payload of a token whose signature jose4j verifies with {@code key}; null otherwise. */
  private static String verifiedPayload(String token, PublicKey key) throws Exception {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setCompactSerialization(token);
    jws.setKey(key);
    return jws.verifySignature() ? jws.getPayload() : null;
  }
}
