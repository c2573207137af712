package io.tenantry.persistence.tenant;

import java.util.List;

/**
 * The migrations of the {@code control} schema (the tenant registry and the cross-tenant tables),
 * listed in code so that a start can tell from Flyway's history alone that the schema is current.
 */
public final class ControlMigrations {

  /** The schema these migrations build; their SQL names it too. */
  public static final String SCHEMA = "control";

  /** The class-path directory of the migration files. */
  static final String DIRECTORY = "db/control";

  /**
   * Every file in {@code db/control}, oldest first; a unit test keeps it equal to the directory, so
   * a migration that is added but not listed fails the build instead of being skipped at start.
   */
  public static final List<String> FILES =
      List.of(
          "V1__initial_schema.sql",
          "V2__rate_limit_buckets.sql",
          "V3__client_directory.sql",
          "V4__list_indexes.sql",
          "V5__tenant_work.sql");

  private ControlMigrations() {}
}
