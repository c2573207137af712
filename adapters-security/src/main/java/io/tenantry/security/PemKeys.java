package io.tenantry.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;

/**
 * PEM signing and verification keys of the two kinds a JWT may be signed with: RSA (RS256) and EC
 * on P-256 (ES256). A private key's public half is derived from it, so one PKCS#8 file is enough.
 */
final class PemKeys {
  private PemKeys() {}

  /** P-256's group order, from the JDK's own curve table: how an ES256 key is recognised. */
  private static final class P256Order {
    static final BigInteger VALUE = order();

    private static BigInteger order() {
      try {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        return parameters.getParameterSpec(ECParameterSpec.class).getOrder();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("EC P-256 is part of every JVM", e);
      }
    }
  }

  /**
   * P-256 in Bouncy Castle, looked up only to derive an EC file key's public point: the lookup
   * loads Bouncy Castle's whole table of named curves (~130 classes), which RSA keys (the bench's
   * and most deployments') and generated EC keys (which come with their public half) never need.
   */
  private static final class P256 {
    static final X9ECParameters CURVE = ECNamedCurveTable.getByName("P-256");
  }

  /** The algorithm a key signs with: RS256 for RSA, ES256 for an EC P-256 key. */
  static JwtAlgorithm algorithmOf(java.security.Key key, String file) {
    if (key instanceof ECKey ec) {
      if (!P256Order.VALUE.equals(ec.getParams().getOrder())) {
        throw new IllegalStateException("the EC key " + file + " is not on P-256 (ES256)");
      }
      return JwtAlgorithm.ES256;
    }
    return JwtAlgorithm.RS256;
  }

  /** A new key pair's private key for {@code algorithm}: RSA 2048 or EC P-256. */
  static java.security.KeyPair generate(JwtAlgorithm algorithm) {
    try {
      if (algorithm == JwtAlgorithm.ES256) {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
      }
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA and EC P-256 are part of every JVM", e);
    }
  }

  /** The PKCS#8 private key in {@code file}, RSA or EC. */
  static PrivateKey privateKey(String file) throws GeneralSecurityException {
    String text = read(file);
    if (text.contains("BEGIN EC PRIVATE KEY")) {
      throw new IllegalStateException(
          file + " is a SEC1 EC key: convert it to PKCS#8 (openssl pkcs8 -topk8 -nocrypt)");
    }
    PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(body(text, "PRIVATE KEY"));
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(spec);
    } catch (InvalidKeySpecException notRsa) {
      return KeyFactory.getInstance("EC").generatePrivate(spec);
    }
  }

  /** The X.509 (SubjectPublicKeyInfo) public key in {@code file}, RSA or EC. */
  static PublicKey publicKey(String file) throws GeneralSecurityException {
    X509EncodedKeySpec spec = new X509EncodedKeySpec(body(read(file), "PUBLIC KEY"));
    try {
      return KeyFactory.getInstance("RSA").generatePublic(spec);
    } catch (InvalidKeySpecException notRsa) {
      return KeyFactory.getInstance("EC").generatePublic(spec);
    }
  }

  /** The public half of a private key: the RSA modulus and exponent, or the EC point d·G. */
  static PublicKey publicOf(PrivateKey key) throws GeneralSecurityException {
    if (key instanceof RSAPrivateCrtKey rsa) {
      return KeyFactory.getInstance("RSA")
          .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
    }
    if (key instanceof ECPrivateKey ec) {
      org.bouncycastle.math.ec.ECPoint q = P256.CURVE.getG().multiply(ec.getS()).normalize();
      ECPoint point =
          new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
      return KeyFactory.getInstance("EC")
          .generatePublic(new ECPublicKeySpec(point, ec.getParams()));
    }
    throw new IllegalStateException("a signing key must be RSA (RS256) or EC P-256 (ES256)");
  }

  /** A PKCS#8 PEM document of {@code key}. */
  static String pem(PrivateKey key) {
    String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded());
    return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
  }

  /** Unsigned big-endian bytes of {@code value}, left-padded to {@code length} when positive. */
  static byte[] unsigned(BigInteger value, int length) {
    byte[] bytes = value.toByteArray();
    int start = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
    int size = Math.max(bytes.length - start, length);
    byte[] out = new byte[size];
    System.arraycopy(bytes, start, out, size - (bytes.length - start), bytes.length - start);
    return out;
  }

  private static byte[] body(String text, String type) {
    return Base64.getDecoder()
        .decode(
            text.replace("-----BEGIN " + type + "-----", "")
                .replace("-----END " + type + "-----", "")
                .replaceAll("\\s", ""));
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read key file " + file, e);
    }
  }
}
