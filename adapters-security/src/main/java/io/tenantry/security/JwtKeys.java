package io.tenantry.security;

import io.tenantry.application.auth.PublishedKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The RS256 signing key and every public key still accepted (the current one and, during a
 * rotation, previous ones). Each key's {@code kid} is derived from its public key, so it is stable
 * across restarts and replicas.
 */
public final class JwtKeys implements PublishedKeys {
  private static final Logger LOG = Logger.getLogger(JwtKeys.class);

  private final String currentKid;
  private final PrivateKey signingKey;
  private final Map<String, RSAPublicKey> publicKeys;

  private JwtKeys(String currentKid, PrivateKey signingKey, Map<String, RSAPublicKey> publicKeys) {
    this.currentKid = currentKid;
    this.signingKey = signingKey;
    this.publicKeys = Map.copyOf(publicKeys);
  }

  /** Loads PEM files, or generates a throw-away key pair (with a warning) when none is set. */
  public static JwtKeys load(Optional<String> signingKeyFile, List<String> verificationKeyFiles) {
    try {
      if (signingKeyFile.isEmpty()) {
        LOG.warn(
            "No app.jwt.signing-key configured: generated an ephemeral RSA key. Access tokens will"
                + " not survive a restart or work across replicas. Configure a PEM key in production.");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        return of(pair.getPrivate(), (RSAPublicKey) pair.getPublic(), List.of());
      }
      RSAPrivateCrtKey privateKey =
          (RSAPrivateCrtKey)
              KeyFactory.getInstance("RSA")
                  .generatePrivate(
                      new PKCS8EncodedKeySpec(pem(signingKeyFile.get(), "PRIVATE KEY")));
      RSAPublicKey publicKey =
          (RSAPublicKey)
              KeyFactory.getInstance("RSA")
                  .generatePublic(
                      new RSAPublicKeySpec(
                          privateKey.getModulus(), privateKey.getPublicExponent()));
      List<RSAPublicKey> previous = new ArrayList<>();
      for (String file : verificationKeyFiles) {
        previous.add(
            (RSAPublicKey)
                KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(pem(file, "PUBLIC KEY"))));
      }
      return of(privateKey, publicKey, previous);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the JWT keys: " + e.getMessage(), e);
    }
  }

  private static JwtKeys of(PrivateKey signing, RSAPublicKey current, List<RSAPublicKey> previous) {
    Map<String, RSAPublicKey> keys = new LinkedHashMap<>();
    String kid = kid(current);
    keys.put(kid, current);
    previous.forEach(key -> keys.putIfAbsent(kid(key), key));
    return new JwtKeys(kid, signing, keys);
  }

  public String currentKid() {
    return currentKid;
  }

  public PrivateKey signingKey() {
    return signingKey;
  }

  public Map<String, RSAPublicKey> publicKeys() {
    return publicKeys;
  }

  /** The public keys as a JSON Web Key Set. */
  @Override
  public String jwks() {
    StringBuilder json = new StringBuilder("{\"keys\":[");
    String separator = "";
    for (Map.Entry<String, RSAPublicKey> key : publicKeys.entrySet()) {
      json.append(separator)
          .append("{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"")
          .append(key.getKey())
          .append("\",\"n\":\"")
          .append(base64Url(key.getValue().getModulus()))
          .append("\",\"e\":\"")
          .append(base64Url(key.getValue().getPublicExponent()))
          .append("\"}");
      separator = ",";
    }
    return json.append("]}").toString();
  }

  private static String kid(RSAPublicKey key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String base64Url(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] pem(String file, String type) {
    try {
      String text = Files.readString(Path.of(file));
      String body =
          text.replace("-----BEGIN " + type + "-----", "")
              .replace("-----END " + type + "-----", "")
              .replaceAll("\\s", "");
      return Base64.getDecoder().decode(body);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read key file " + file, e);
    }
  }
}
