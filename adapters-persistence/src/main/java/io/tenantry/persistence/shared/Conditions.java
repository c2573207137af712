package io.tenantry.persistence.shared;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The optional filters of a list query, collected as HQL clauses with named parameters. Clauses are
 * fixed text from the repository; only parameter values come from the caller.
 */
public final class Conditions {
  private final List<String> clauses = new ArrayList<>();
  private final Parameters parameters = new Parameters();

  /** Adds {@code clause}, binding {@code name}, when {@code value} is present. */
  public <T> Conditions when(Optional<T> value, String clause, String name) {
    value.ifPresent(
        v -> {
          clauses.add(clause);
          parameters.and(name, v);
        });
    return this;
  }

  /** Whether any filter was added. */
  public boolean filtered() {
    return !clauses.isEmpty();
  }

  /** The clauses joined with {@code and}; {@code 1 = 1} when there is no filter. */
  public String hql() {
    return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
  }

  public Parameters parameters() {
    return parameters;
  }
}
