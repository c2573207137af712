package io.tenantry.application.shared;

import io.tenantry.domain.shared.RuleViolationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads the lower-case wire form of an enum, naming the allowed values when it is wrong. */
public final class Enums {
  private Enums() {}

  public static <E extends Enum<E>> E parse(Class<E> type, String raw, String field) {
    for (E value : type.getEnumConstants()) {
      if (value.name().toLowerCase(Locale.ROOT).equals(raw)) {
        return value;
      }
    }
    String allowed =
        Arrays.stream(type.getEnumConstants())
            .map(v -> v.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    throw new RuleViolationException(field, "must be one of: " + allowed);
  }
}
