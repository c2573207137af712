package io.tenantry.domain.shared;

import java.util.Objects;

/** Small guards that turn bad input into {@link RuleViolationException}s naming the field. */
public final class Require {
  private Require() {}

  public static String text(String value, String field, int min, int max) {
    if (value == null) {
      throw new RuleViolationException(field, "must not be null");
    }
    String trimmed = value.strip();
    int length = trimmed.codePointCount(0, trimmed.length());
    if (length < min || length > max) {
      throw new RuleViolationException(
          field, "length must be between " + min + " and " + max + " characters");
    }
    if (trimmed.chars().anyMatch(Character::isISOControl)) {
      throw new RuleViolationException(field, "must not contain control characters");
    }
    return trimmed;
  }

  public static <T> T present(T value, String field) {
    if (value == null) {
      throw new RuleViolationException(field, "must not be null");
    }
    return Objects.requireNonNull(value);
  }
}
