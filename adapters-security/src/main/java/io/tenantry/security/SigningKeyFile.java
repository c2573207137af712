package io.tenantry.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * A signing key kept in a file next to local data: generated once (RSA 2048, PKCS#8 PEM, readable
 * by the owner only, a {@link GeneratedKeyFile}) and read by {@link JwtKeys} like any configured
 * key on every later start.
 */
public final class SigningKeyFile {
  private SigningKeyFile() {}

  /** The key kept beside the embedded database's data, made on the first start. */
  public static Path local(Path dataDirectory) {
    Path file = dataDirectory.resolve("jwt-signing-key.pem");
    boolean created = createIfAbsent(file);
    Logger.getLogger(SigningKeyFile.class)
        .infof(
            "No app.jwt.signing-key configured: %s the local signing key %s (embedded database"
                + " only; set APP_JWT_SIGNING_KEY for a real deployment).",
            created ? "generated" : "reusing", file.toAbsolutePath());
    return file;
  }

  /** Writes a new key to {@code file} unless one is there; true if it was created now. */
  public static boolean createIfAbsent(Path file) {
    return GeneratedKeyFile.createIfAbsent(file, SigningKeyFile::newKeyPem);
  }

  private static String newKeyPem() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
      String body =
          Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
      return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is part of every JVM", e);
    }
  }
}
