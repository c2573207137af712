package io.tenantry.domain.shared;

import java.util.Locale;
import java.util.Set;

/** A sort field, checked against the fields a list allows, and its direction. */
public record SortOrder(String field, boolean ascending) {

  /** Parses {@code field,asc|desc}; unknown fields or directions are a {@code sort} violation. */
  public static SortOrder parse(String raw, Set<String> allowed, SortOrder fallback) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    String[] parts = raw.split(",", -1);
    String field = parts[0].strip();
    if (!allowed.contains(field)) {
      throw new RuleViolationException("sort", "unknown sort field; allowed: " + sorted(allowed));
    }
    if (parts.length == 1) {
      return new SortOrder(field, true);
    }
    String direction = parts[1].strip().toLowerCase(Locale.ROOT);
    if (parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
      throw new RuleViolationException("sort", "direction must be asc or desc");
    }
    return new SortOrder(field, direction.equals("asc"));
  }

  private static String sorted(Set<String> allowed) {
    return String.join(", ", new java.util.TreeSet<>(allowed));
  }
}
