package io.tenantry.security;

import io.tenantry.domain.audit.AuditAnchorKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Loads the audit anchor key: {@code app.audit.anchor-key}, else the file {@code
 * app.audit.anchor-key-file} (created once with a random key; the default next to the embedded
 * database's data), else an ephemeral key outside production. Production without one refuses to
 * start: anchors signed by a forgotten key would all read as forged.
 */
public final class AuditAnchorKeys {
  private static final Logger LOG = Logger.getLogger(AuditAnchorKeys.class);
  private static final int KEY_BYTES = 32;

  private AuditAnchorKeys() {}

  /**
   * The key from {@code app.audit.anchor-key}, else from its file, else ephemeral (not in prod).
   */
  public static AuditAnchorKey load(
      Optional<String> anchorKey, Optional<String> anchorKeyFile, boolean production) {
    if (anchorKey.isPresent()) {
      return new HmacAuditAnchorKey(Base64.getDecoder().decode(anchorKey.get().trim()));
    }
    if (anchorKeyFile.isPresent()) {
      return fromFile(Path.of(anchorKeyFile.get()));
    }
    if (production) {
      throw new IllegalStateException(
          "app.audit.anchor-key (or app.audit.anchor-key-file) must be set in production");
    }
    LOG.warn("No app.audit.anchor-key configured: audit anchors use an ephemeral key (dev/test)");
    return new HmacAuditAnchorKey(random());
  }

  private static AuditAnchorKey fromFile(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(random()));
        restrict(file);
        LOG.infof("Generated the audit anchor key in %s", file.toAbsolutePath());
      }
      String encoded = Files.readString(file, StandardCharsets.US_ASCII).trim();
      return new HmacAuditAnchorKey(Base64.getDecoder().decode(encoded));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the audit anchor key " + file, e);
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
