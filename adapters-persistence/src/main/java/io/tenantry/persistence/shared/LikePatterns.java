package io.tenantry.persistence.shared;

import java.util.Locale;

/**
 * Builds LIKE patterns from user text so that its {@code %}, {@code _} and {@code \} match
 * literally.
 */
public final class LikePatterns {

  private LikePatterns() {}

  /** A lower-cased "contains" pattern, for use with {@code like :p escape '\'}. */
  public static String contains(String text) {
    String escaped =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
