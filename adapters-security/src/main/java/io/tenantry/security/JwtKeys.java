package io.tenantry.security;

import io.tenantry.application.auth.PublishedKeys;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The signing key with its algorithm (RS256 or ES256, see {@code app.jwt.algorithm}) and every
 * public key still accepted (the current one and, during a rotation, previous ones, of either
 * kind). Each key's {@code kid} is derived from its public key, so it is stable across restarts and
 * replicas.
 */
public final class JwtKeys implements PublishedKeys {
  private static final Logger LOG = Logger.getLogger(JwtKeys.class);

  /** The algorithm of generated keys when {@code app.jwt.algorithm} is not set. */
  public static final JwtAlgorithm DEFAULT_ALGORITHM = JwtAlgorithm.RS256;

  private final String currentKid;
  private final JwtAlgorithm algorithm;
  private final PrivateKey signingKey;
  private final Map<String, PublicKey> publicKeys;
  private final SigningProvider signatures; // computes the signatures of signer()

  private JwtKeys(
      String currentKid,
      JwtAlgorithm algorithm,
      PrivateKey signingKey,
      Map<String, PublicKey> publicKeys,
      SigningProvider signatures) {
    this.currentKid = currentKid;
    this.algorithm = algorithm;
    this.signingKey = signingKey;
    this.publicKeys = Map.copyOf(publicKeys);
    this.signatures = signatures;
  }

  /** Loads PEM files, or generates a throw-away key pair (with a warning) when none is set. */
  public static JwtKeys load(Optional<String> signingKeyFile, List<String> verificationKeyFiles) {
    return load(Optional.empty(), signingKeyFile, verificationKeyFiles);
  }

  /**
   * Loads PEM files signing with {@code algorithm}, or, when it is not set, with the algorithm of
   * the signing key's type; a key of another type than the algorithm set stops the start.
   */
  public static JwtKeys load(
      Optional<String> algorithm,
      Optional<String> signingKeyFile,
      List<String> verificationKeyFiles) {
    Optional<JwtAlgorithm> wanted = algorithm.map(JwtKeys::algorithm);
    try {
      if (signingKeyFile.isEmpty()) {
        JwtAlgorithm chosen = wanted.orElse(DEFAULT_ALGORITHM);
        LOG.warnf(
            "No app.jwt.signing-key configured: generated an ephemeral %s key. Access tokens will"
                + " not survive a restart or work across replicas. Configure a PEM key in production.",
            chosen.getAlgorithm());
        KeyPair pair = PemKeys.generate(chosen);
        return of(chosen, pair.getPrivate(), pair.getPublic(), List.of());
      }
      String file = signingKeyFile.get();
      PrivateKey privateKey = PemKeys.privateKey(file);
      JwtAlgorithm ofKey = PemKeys.algorithmOf(privateKey, file);
      if (wanted.isPresent() && wanted.get() != ofKey) {
        throw new IllegalStateException(
            "app.jwt.algorithm is "
                + wanted.get().getAlgorithm()
                + " but the signing key "
                + file
                + " is a "
                + ofKey.getAlgorithm()
                + " key: configure a key of that type or set app.jwt.algorithm="
                + ofKey.getAlgorithm());
      }
      List<PublicKey> previous = new ArrayList<>();
      for (String verificationFile : verificationKeyFiles) {
        PublicKey key = PemKeys.publicKey(verificationFile);
        PemKeys.algorithmOf(key, verificationFile); // an EC key must be on P-256
        previous.add(key);
      }
      return of(ofKey, privateKey, PemKeys.publicOf(privateKey), previous);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the JWT keys: " + e.getMessage(), e);
    }
  }

  /** {@code RS256} or {@code ES256}, as {@code app.jwt.algorithm} names it. */
  public static JwtAlgorithm algorithm(String name) {
    String trimmed = name.trim();
    if (trimmed.equalsIgnoreCase("RS256")) {
      return JwtAlgorithm.RS256;
    }
    if (trimmed.equalsIgnoreCase("ES256")) {
      return JwtAlgorithm.ES256;
    }
    throw new IllegalStateException("app.jwt.algorithm must be RS256 or ES256, not " + name);
  }

  private static JwtKeys of(
      JwtAlgorithm algorithm, PrivateKey signing, PublicKey current, List<PublicKey> previous) {
    Map<String, PublicKey> keys = new LinkedHashMap<>();
    String kid = kid(current);
    keys.put(kid, current);
    previous.forEach(key -> keys.putIfAbsent(kid(key), key));
    SigningProvider jdk = SigningProvider.fixed(SigningProvider.jdk(algorithm, signing));
    return new JwtKeys(kid, algorithm, signing, keys, jdk);
  }

  /**
   * These keys, their tokens signed by the provider {@code app.jwt.signing-provider} names ({@code
   * auto}, {@code aws-lc} or {@code jdk}; see {@link SigningProvider}); loaded keys sign with the
   * JDK's.
   */
  public JwtKeys signingWith(String signingProvider) {
    SigningProvider chosen =
        SigningProvider.of(signingProvider, algorithm, signingKey, currentKey());
    return new JwtKeys(currentKid, algorithm, signingKey, publicKeys, chosen);
  }

  /**
   * The name of the JCA provider that signs tokens now, e.g. {@code AmazonCorrettoCryptoProvider};
   * with {@code auto}, the JDK's until AWS-LC is loaded (which the first signature starts).
   */
  public String signatureProvider() {
    return signatures.signingNow().getName();
  }

  /**
   * Starts loading the signing provider the setting chose, if no token was signed yet, and waits
   * until it signs; false on time-out.
   */
  public boolean awaitSignatureProvider(Duration timeout) throws InterruptedException {
    return signatures.awaitSettled(timeout);
  }

  private PublicKey currentKey() {
    return publicKeys.get(currentKid);
  }

  public String currentKid() {
    return currentKid;
  }

  /** The algorithm new tokens are signed with. */
  public JwtAlgorithm algorithm() {
    return algorithm;
  }

  /** The algorithms of every published key: what a token may be signed with to verify. */
  public Set<JwtAlgorithm> acceptedAlgorithms() {
    return publicKeys.values().stream()
        .map(key -> PemKeys.algorithmOf(key, "published"))
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public String signingAlgorithm() {
    return algorithm.getAlgorithm();
  }

  public PrivateKey signingKey() {
    return signingKey;
  }

  public Map<String, PublicKey> publicKeys() {
    return publicKeys;
  }

  /** Signs tokens of header type {@code type} with the current key, its algorithm and kid. */
  JwsSigner signer(String type) {
    return new JwsSigner(type, currentKid, algorithm, signingKey, signatures);
  }

  /** Finds a token's verification key among the published ones by its {@code kid}. */
  KidKeyResolver keyResolver() {
    return new KidKeyResolver(publicKeys);
  }

  /**
   * The JOSE names of {@link #acceptedAlgorithms()}: the only {@code alg} values a token may use.
   */
  String[] acceptedAlgorithmNames() {
    return acceptedAlgorithms().stream().map(JwtAlgorithm::getAlgorithm).toArray(String[]::new);
  }

  /** The public keys as a JSON Web Key Set, each with its own {@code alg}. */
  @Override
  public String jwks() {
    return publicKeys.entrySet().stream()
        .map(key -> jwk(key.getKey(), key.getValue()))
        .collect(Collectors.joining(",", "{\"keys\":[", "]}"));
  }

  private static String jwk(String kid, PublicKey key) {
    if (key instanceof ECPublicKey ec) {
      return "{\"kty\":\"EC\",\"use\":\"sig\",\"alg\":\"ES256\",\"kid\":\""
          + kid
          + "\",\"crv\":\"P-256\",\"x\":\""
          + base64Url(ec.getW().getAffineX(), 32)
          + "\",\"y\":\""
          + base64Url(ec.getW().getAffineY(), 32)
          + "\"}";
    }
    RSAPublicKey rsa = (RSAPublicKey) key;
    return "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\""
        + kid
        + "\",\"n\":\""
        + base64Url(rsa.getModulus(), 0)
        + "\",\"e\":\""
        + base64Url(rsa.getPublicExponent(), 0)
        + "\"}";
  }

  private static String kid(PublicKey key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Unsigned big-endian, at least {@code length} bytes (EC coordinates are fixed-length). */
  private static String base64Url(BigInteger value, int length) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(PemKeys.unsigned(value, length));
  }
}
