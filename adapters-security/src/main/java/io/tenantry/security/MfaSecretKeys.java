package io.tenantry.security;

import java.util.Optional;

/**
 * Loads the key that seals TOTP secrets, as the audit anchor key is loaded: {@code
 * app.mfa.secret-key}, else the file {@code app.mfa.secret-key-file} (created once with a random
 * key; by default next to the embedded database's data), else an ephemeral key outside production.
 * Production without one refuses to start: secrets sealed by a lost key never open.
 */
public final class MfaSecretKeys {
  private static final KeySetting SETTING =
      new KeySetting("app.mfa.secret-key", "MFA secret key", "TOTP secrets");

  private MfaSecretKeys() {}

  /** The sealer with the key from {@code app.mfa.secret-key}, else its file, else ephemeral. */
  public static AesGcmSecretSealer load(
      Optional<String> secretKey, Optional<String> secretKeyFile, boolean production) {
    return new AesGcmSecretSealer(SETTING.load(secretKey, secretKeyFile, production));
  }
}
