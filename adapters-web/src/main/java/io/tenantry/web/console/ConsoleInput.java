package io.tenantry.web.console;

import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.user.UserId;
import java.util.Optional;
import java.util.UUID;

/** Reads the console's path and query values; nonsense reads as absent, or as not found. */
final class ConsoleInput {
  private ConsoleInput() {}

  /** The user a path names; anything but a UUID is a user that does not exist. */
  static UserId userId(String raw) {
    return new UserId(uuid(raw).orElseThrow(() -> new NotFoundException("user not found")));
  }

  static Optional<UUID> uuid(String raw) {
    try {
      return raw == null || raw.isBlank()
          ? Optional.empty()
          : Optional.of(UUID.fromString(raw.strip()));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }

  /** A page number from a query, 0 when absent or not a small non-negative number. */
  static int page(String raw) {
    try {
      int page = raw == null ? 0 : Integer.parseInt(raw.strip());
      return Math.max(0, Math.min(page, 10_000));
    } catch (NumberFormatException notANumber) {
      return 0;
    }
  }

  /** Trimmed text, empty when blank, at most {@code max} characters. */
  static Optional<String> text(String raw, int max) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String text = raw.strip();
    return Optional.of(text.length() > max ? text.substring(0, max) : text);
  }

  /** The value, or empty text for a template. */
  static String orEmpty(String raw) {
    return raw == null ? "" : raw;
  }
}
