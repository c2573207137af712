package io.tenantry.security;

import java.security.PrivateKey;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Signs compact JWS tokens with one key, one algorithm, one {@code kid} and one {@code typ}, all
 * fixed when it is made. The key is checked once, here (jose4j's key validation: RSA at least 2048
 * bits, EC on the algorithm's curve), rather than again on every token.
 */
final class JwsSigner {
  private final String type;
  private final String kid;
  private final String algorithm;
  private final PrivateKey key;

  JwsSigner(String type, String kid, JwtAlgorithm algorithm, PrivateKey key) {
    this.type = type;
    this.kid = kid;
    this.algorithm = algorithm.getAlgorithm();
    this.key = key;
    sign("{}", true); // a key jose4j refuses stops the start, not the first sign-in
  }

  /** The compact serialisation of {@code claims}, signed. */
  String sign(JwtClaims claims) {
    return sign(claims.toJson(), false);
  }

  private String sign(String payload, boolean validateKey) {
    JsonWebSignature jws = new JsonWebSignature();
    // The header in the order smallrye-jwt-build wrote it: typ, kid, alg.
    jws.setHeader("typ", type);
    jws.setKeyIdHeaderValue(kid);
    jws.setAlgorithmHeaderValue(algorithm);
    jws.setPayload(payload);
    jws.setKey(key);
    jws.setDoKeyValidation(validateKey);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("cannot sign a token with key " + kid, e);
    }
  }
}
