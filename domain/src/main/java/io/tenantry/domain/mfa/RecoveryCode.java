package io.tenantry.domain.mfa;

import io.tenantry.domain.auth.TokenHash;
import java.util.Locale;

/**
 * A single-use recovery code: 10 characters of an unambiguous alphabet (50 bits), shown as {@code
 * xxxxx-xxxxx}. Presented codes are compared case- and separator-insensitively, by hash.
 */
public record RecoveryCode(String value) {
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"; // 32: no 0/o, 1/l
  private static final int LENGTH = 10;

  /** A code from {@code LENGTH} random bytes (each picks one character). */
  public static RecoveryCode fromRandom(byte[] random) {
    if (random.length < LENGTH) {
      throw new IllegalArgumentException("a recovery code needs 10 random bytes");
    }
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      if (i == LENGTH / 2) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(Math.floorMod(random[i], ALPHABET.length())));
    }
    return new RecoveryCode(code.toString());
  }

  /** The hash a presented code is stored and looked up by. */
  public static TokenHash hashOf(String presented) {
    String normalised =
        presented == null ? "" : presented.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    return TokenHash.of("recovery:" + normalised);
  }

  public TokenHash hash() {
    return hashOf(value);
  }

  @Override
  public String toString() {
    return "RecoveryCode[redacted]";
  }
}
