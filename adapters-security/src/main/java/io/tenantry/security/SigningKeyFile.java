package io.tenantry.security;

import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A signing key kept in a file next to local data: generated once (for {@code app.jwt.algorithm},
 * else {@link JwtKeys#DEFAULT_ALGORITHM}; PKCS#8 PEM, readable by the owner only, a {@link
 * GeneratedKeyFile}) and read by {@link JwtKeys} like any configured key on every later start.
 */
public final class SigningKeyFile {
  private SigningKeyFile() {}

  /** The key kept beside the embedded database's data, made on the first start. */
  public static Path local(Path dataDirectory) {
    return local(dataDirectory, Optional.empty());
  }

  /**
   * The key kept beside the embedded database's data, made on the first start for {@code algorithm}
   * (RS256 or ES256; empty: the default). A key made earlier is kept, whatever its type.
   */
  public static Path local(Path dataDirectory, Optional<String> algorithm) {
    Path file = dataDirectory.resolve("jwt-signing-key.pem");
    boolean created = createIfAbsent(file, algorithm.map(JwtKeys::algorithm).orElse(null));
    Logger.getLogger(SigningKeyFile.class)
        .infof(
            "No app.jwt.signing-key configured: %s the local signing key %s (embedded database"
                + " only; set APP_JWT_SIGNING_KEY for a real deployment).",
            created ? "generated" : "reusing", file.toAbsolutePath());
    return file;
  }

  /** Writes a new key of the default algorithm to {@code file} unless one is there. */
  public static boolean createIfAbsent(Path file) {
    return createIfAbsent(file, null);
  }

  /** Writes a new key for {@code algorithm} (null: the default) unless one is there. */
  public static boolean createIfAbsent(Path file, JwtAlgorithm algorithm) {
    JwtAlgorithm kind = algorithm == null ? JwtKeys.DEFAULT_ALGORITHM : algorithm;
    return GeneratedKeyFile.createIfAbsent(
        file, () -> PemKeys.pem(PemKeys.generate(kind).getPrivate()));
  }
}
