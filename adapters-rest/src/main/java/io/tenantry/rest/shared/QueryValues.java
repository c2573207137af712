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
  private QueryValues() {}

  /** Blank filter text means no filter. */
  public static Optional<String> text(String raw) {
    return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
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
