package io.tenantry.persistence.shared;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The optional filters of a list query, collected as HQL clauses with named parameters, and the
 * same clauses in SQL for the statements that read a page natively ({@link MatchPages}). Clauses
 * are fixed text from the repository; only parameter values come from the caller.
 */
public final class Conditions {
  private final List<String> clauses = new ArrayList<>();
  private final List<String> sqlClauses = new ArrayList<>();
  private final Parameters parameters = new Parameters();

  /**
   * Adds {@code clause}, binding {@code name}, when {@code value} is present; the clause reads the
   * same in SQL (its attributes are the column names).
   */
  public <T> Conditions when(Optional<T> value, String clause, String name) {
    return when(value, clause, clause, name);
  }

  /** Adds {@code hql}, and {@code sql} as its SQL form, binding {@code name}, when present. */
  public <T> Conditions when(Optional<T> value, String hql, String sql, String name) {
    value.ifPresent(
        v -> {
          clauses.add(hql);
          sqlClauses.add(sql);
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

  /** The clauses in SQL, joined with {@code and}; {@code 1 = 1} when there is no filter. */
  public String sql() {
    return sqlClauses.isEmpty() ? "1 = 1" : String.join(" and ", sqlClauses);
  }

  public Parameters parameters() {
    return parameters;
  }
}
