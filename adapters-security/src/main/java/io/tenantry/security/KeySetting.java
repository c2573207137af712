package io.tenantry.security;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A 32-byte key read from the setting {@code name} (base64), else from the file named by {@code
 * name-file} (a {@link GeneratedKeyFile}), else, outside production, an ephemeral key. Production
 * with neither refuses to start: what the key protected would not survive a restart.
 *
 * @param name the setting, e.g. {@code app.audit.anchor-key}
 * @param label what the key is, e.g. {@code audit anchor key}
 * @param protects what an ephemeral key would be used for, e.g. {@code audit anchors}
 */
public record KeySetting(String name, String label, String protects) {
  private static final Logger LOG = Logger.getLogger(KeySetting.class);

  /** The key's bytes from its value, else its file, else ephemeral (never in production). */
  public byte[] load(Optional<String> value, Optional<String> file, boolean production) {
    if (value.isPresent()) {
      return Base64.getDecoder().decode(value.get().trim());
    }
    if (file.isPresent()) {
      return GeneratedKeyFile.readOrCreate(Path.of(file.get()), label);
    }
    if (production) {
      throw new IllegalStateException(name + " (or " + name + "-file) must be set in production");
    }
    LOG.warnf("No %s configured: %s use an ephemeral key (dev/test)", name, protects);
    return GeneratedKeyFile.randomKey();
  }
}
