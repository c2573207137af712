package io.tenantry.bootstrap.mfa;

import io.quarkus.runtime.LaunchMode;
import io.tenantry.bootstrap.config.AppConfig;
import io.tenantry.security.AesGcmSecretSealer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * Loads the key that seals TOTP secrets, as the audit anchor key is loaded: {@code
 * app.mfa.secret-key}, else the file {@code app.mfa.secret-key-file} (created once with a random
 * key; by default next to the embedded database's data), else an ephemeral key outside production.
 * Production without one refuses to start: secrets sealed by a lost key never open.
 */
public final class MfaSecretKeys {
  private static final Logger LOG = Logger.getLogger(MfaSecretKeys.class);
  private static final int KEY_BYTES = 32;

  private MfaSecretKeys() {}

  public static AesGcmSecretSealer load(AppConfig.Mfa config, LaunchMode mode) {
    if (config.secretKey().isPresent()) {
      return new AesGcmSecretSealer(Base64.getDecoder().decode(config.secretKey().get().trim()));
    }
    if (config.secretKeyFile().isPresent()) {
      return new AesGcmSecretSealer(fromFile(Path.of(config.secretKeyFile().get())));
    }
    if (mode == LaunchMode.NORMAL) {
      throw new IllegalStateException(
          "app.mfa.secret-key (or app.mfa.secret-key-file) must be set in production");
    }
    LOG.warn("No app.mfa.secret-key configured: TOTP secrets use an ephemeral key (dev/test)");
    return new AesGcmSecretSealer(random());
  }

  private static byte[] fromFile(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(random()));
        restrict(file);
        LOG.infof("Generated the MFA secret key in %s", file.toAbsolutePath());
      }
      return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the MFA secret key " + file, e);
    }
  }

  private static void restrict(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Not a POSIX file system: the folder's own permissions are what protect it.
    }
  }

  private static byte[] random() {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return key;
  }
}
