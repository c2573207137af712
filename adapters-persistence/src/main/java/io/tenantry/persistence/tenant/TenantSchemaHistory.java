package io.tenantry.persistence.tenant;

/**
 * Flyway's history table of a new tenant schema with its one baseline row, written by the schema's
 * creation transaction instead of by Flyway: the same table (Flyway 12's PostgreSQL DDL) and the
 * same row that Flyway's {@code baselineOnMigrate} writes, so every later Flyway run on the schema
 * sees a schema baselined at {@link TenantMigrations#BASELINE_VERSION} and applies only newer
 * files. {@code TenantBaselineEquivalenceTest} compares the table with one Flyway made.
 */
final class TenantSchemaHistory {

  /** Flyway's default table name, which the tenant Flyway configuration keeps. */
  static final String TABLE = "flyway_schema_history";

  /** The description (and script) Flyway records for the baseline row. */
  static final String DESCRIPTION = "squashed baseline";

  private static final String SCRIPT =
      """
      CREATE TABLE %1$s (
          "installed_rank" INT NOT NULL,
          "version" VARCHAR(50),
          "description" VARCHAR(200) NOT NULL,
          "type" VARCHAR(20) NOT NULL,
          "script" VARCHAR(1000) NOT NULL,
          "checksum" INTEGER,
          "installed_by" VARCHAR(100) NOT NULL,
          "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
          "execution_time" INTEGER NOT NULL,
          "success" BOOLEAN NOT NULL
      );
      ALTER TABLE %1$s ADD CONSTRAINT "%2$s_pk" PRIMARY KEY ("installed_rank");
      CREATE INDEX "%2$s_s_idx" ON %1$s ("success");
      INSERT INTO %1$s ("installed_rank", "version", "description", "type", "script", "checksum",
          "installed_by", "execution_time", "success")
          VALUES (1, '%3$d', '%4$s', 'BASELINE', '%4$s', NULL, current_user, 0, true);
      """;

  private TenantSchemaHistory() {}

  /** The statements that create the history of {@code schema}, baselined at {@code version}. */
  static String baselined(String schema, int version) {
    String table = '"' + schema + "\".\"" + TABLE + '"';
    return SCRIPT.formatted(table, TABLE, version, DESCRIPTION);
  }
}
