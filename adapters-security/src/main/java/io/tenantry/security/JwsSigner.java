package io.tenantry.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Signs compact JWS tokens with one key, one algorithm, one {@code kid} and one {@code typ}, all
 * fixed when it is made. The key is checked once, here (jose4j's key validation: RSA at least 2048
 * bits, EC on the algorithm's curve), rather than again on every token.
 */
// The token is assembled here rather than by jose4j's JsonWebSignature: the header never changes,
// so it is encoded once, and jose4j's base64url codec allocated an 8 KiB buffer per part, a third
// of everything a refresh allocated (issue 10). The bytes are jose4j's: the same header JSON, the
// same JCA signature (RS256 is deterministic: JwsSignerTest compares whole tokens, also when AWS-LC
// computes it), and ES256 in the JOSE form R || S, which the JDK's P1363 format of ECDSA is.
final class JwsSigner {
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final PrivateKey key;
  private final String jcaAlgorithm;
  private final SigningProvider provider;
  private final byte[] header; // base64url of the header JSON
  // A Signature is not thread-safe; after sign() it is ready for the next token with the same key.
  // Each comes from the provider current when it was made, and is replaced when that changes.
  private final ThreadLocal<Signature> signatures = ThreadLocal.withInitial(this::newSignature);

  /** A signer computing its signatures with {@code provider}'s current provider. */
  JwsSigner(
      String type, String kid, JwtAlgorithm algorithm, PrivateKey key, SigningProvider provider) {
    this.key = key;
    this.jcaAlgorithm = algorithm.jcaName();
    this.provider = provider;
    // The header in the order smallrye-jwt-build wrote it: typ, kid, alg.
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("typ", type);
    fields.put("kid", kid);
    fields.put("alg", algorithm.getAlgorithm());
    this.header = BASE64URL.encode(JsonUtil.toJson(fields).getBytes(StandardCharsets.UTF_8));
    validate(
        type, kid, algorithm, key); // a key jose4j refuses stops the start, not the first sign-in
  }

  /** The compact serialisation of {@code claims}, signed. */
  String sign(JwtClaims claims) {
    return sign(claims.toJson());
  }

  /** The compact serialisation of {@code payload} (JSON), signed. */
  String sign(String payload) {
    byte[] body = BASE64URL.encode(payload.getBytes(StandardCharsets.UTF_8));
    byte[] signature;
    try {
      Signature signer = signatures.get();
      if (signer.getProvider() != provider.current()) { // AWS-LC has taken over
        signer = newSignature();
        signatures.set(signer);
      }
      signer.update(header);
      signer.update((byte) '.');
      signer.update(body);
      signature = BASE64URL.encode(signer.sign());
    } catch (GeneralSecurityException e) {
      signatures.remove(); // its state is unknown after a failure
      throw new IllegalStateException("cannot sign a token with " + jcaAlgorithm, e);
    }
    byte[] token = new byte[header.length + body.length + signature.length + 2];
    System.arraycopy(header, 0, token, 0, header.length);
    token[header.length] = '.';
    System.arraycopy(body, 0, token, header.length + 1, body.length);
    token[header.length + 1 + body.length] = '.';
    System.arraycopy(signature, 0, token, token.length - signature.length, signature.length);
    return new String(token, StandardCharsets.US_ASCII);
  }

  private Signature newSignature() {
    try {
      Signature signature = Signature.getInstance(jcaAlgorithm, provider.current());
      signature.initSign(key);
      return signature;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with " + jcaAlgorithm, e);
    }
  }

  private static void validate(String type, String kid, JwtAlgorithm algorithm, PrivateKey key) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setHeader("typ", type);
    jws.setKeyIdHeaderValue(kid);
    jws.setAlgorithmHeaderValue(algorithm.getAlgorithm());
    jws.setPayload("{}");
    jws.setKey(key);
    jws.setDoKeyValidation(true);
    try {
      jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("cannot sign a token with key " + kid, e);
    }
  }
}
