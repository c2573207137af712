package io.tenantry.rest.shared;

import io.tenantry.domain.shared.RuleViolationException;

/** Parses numeric query parameters so that a bad value is a 400 naming it, not a 404. */
public final class QueryParams {
  private QueryParams() {}

  public static Integer integer(String raw, String name) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      throw new RuleViolationException(name, "must be a whole number");
    }
  }
}
