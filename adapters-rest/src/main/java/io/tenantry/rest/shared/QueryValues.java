package io.tenantry.rest.shared;

import io.tenantry.domain.shared.RuleViolationException;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads query parameter values so that a bad one is a 400 naming the parameter. */
public final class QueryValues {
  public static final int MAX_SEARCH_LENGTH = 200;

  private QueryValues() {}

  /** Blank filter text means no filter. */
  public static Optional<String> text(String raw) {
    return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
  }

  /**
   * Search text ({@code q}): at most {@value #MAX_SEARCH_LENGTH} characters, no control characters
   * (NUL reaches PostgreSQL as an error), no lone surrogates and no U+FFFD (what undecodable UTF-8
   * in the query string becomes); a bad one is a {@code field} violation.
   */
  public static Optional<String> searchText(String raw, String field) {
    Optional<String> text = text(raw);
    text.ifPresent(value -> checkSearchText(value, field));
    return text;
  }

  private static void checkSearchText(String value, String field) {
    if (value.codePointCount(0, value.length()) > MAX_SEARCH_LENGTH) {
      throw new RuleViolationException(
          field, "must be at most " + MAX_SEARCH_LENGTH + " characters");
    }
    boolean clean =
        value
            .codePoints()
            .noneMatch(
                c ->
                    Character.isISOControl(c)
                        || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)
                        || c == 0xFFFD);
    if (!clean) {
      throw new RuleViolationException(field, "must be valid text without control characters");
    }
  }

  public static Optional<Integer> integer(String raw, String name) {
    return text(raw).map(value -> parse(value, Integer::valueOf, name, "must be a whole number"));
  }

  /** The enum constant whose lower-case name is {@code raw}, naming the allowed values if none. */
  public static <E extends Enum<E>> E enumValue(Class<E> type, String raw, String field) {
    for (E value : type.getEnumConstants()) {
      if (wireName(value).equals(raw)) {
        return value;
      }
    }
    String allowed =
        Arrays.stream(type.getEnumConstants())
            .map(QueryValues::wireName)
            .collect(Collectors.joining(", "));
    throw new RuleViolationException(field, "must be one of: " + allowed);
  }

  /** The lower-case form in which the API shows an enum constant. */
  public static String wireName(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** Applies {@code parser}; a value it cannot read becomes a violation of {@code field}. */
  public static <T> T parse(String raw, Function<String, T> parser, String field, String rule) {
    try {
      return parser.apply(raw);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new RuleViolationException(field, rule);
    }
  }
}
