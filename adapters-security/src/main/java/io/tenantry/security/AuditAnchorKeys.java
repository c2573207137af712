package io.tenantry.security;

import io.tenantry.domain.audit.AuditAnchorKey;
import java.util.Optional;

/**
 * Loads the audit anchor key: {@code app.audit.anchor-key}, else the file {@code
 * app.audit.anchor-key-file} (created once with a random key; the default next to the embedded
 * database's data), else an ephemeral key outside production. Production without one refuses to
 * start: anchors signed by a forgotten key would all read as forged.
 */
public final class AuditAnchorKeys {
  private static final KeySetting SETTING =
      new KeySetting("app.audit.anchor-key", "audit anchor key", "audit anchors");

  private AuditAnchorKeys() {}

  /**
   * The key from {@code app.audit.anchor-key}, else from its file, else ephemeral (not in prod).
   */
  public static AuditAnchorKey load(
      Optional<String> anchorKey, Optional<String> anchorKeyFile, boolean production) {
    return new HmacAuditAnchorKey(SETTING.load(anchorKey, anchorKeyFile, production));
  }
}
