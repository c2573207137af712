package io.tenantry.domain.shared;

import java.util.Objects;

/** A list's sort field, one of the fields that list allows (an enum), and its direction. */
public record SortOrder<F extends Enum<F>>(F field, boolean ascending) {
  public SortOrder {
    Objects.requireNonNull(field, "field");
  }

  public static <F extends Enum<F>> SortOrder<F> asc(F field) {
    return new SortOrder<>(field, true);
  }

  public static <F extends Enum<F>> SortOrder<F> desc(F field) {
    return new SortOrder<>(field, false);
  }
}
