package io.tenantry.persistence.tenant;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Flyway for one tenant schema, from the explicit list in {@link TenantMigrations}. A class of its
 * own so that Flyway's classes load only when a schema has files to apply: creating a tenant from a
 * baseline at {@link TenantMigrations#LATEST} never touches Flyway.
 */
final class TenantFlyway {

  private TenantFlyway() {}

  /** Applies the missing migrations to {@code schema}; Flyway validates the applied ones first. */
  static void migrate(DataSource dataSource, String schema) {
    configure(dataSource, schema).load().migrate();
  }

  static FluentConfiguration configure(DataSource dataSource, String schema) {
    return Flyway.configure()
        .dataSource(dataSource)
        .schemas(schema)
        .defaultSchema(schema)
        .locations(TenantMigrations.LOCATION)
        .resourceProvider(new TenantMigrationResources(TenantFlyway.class.getClassLoader()))
        .javaMigrationClassProvider(TenantMigrationResources.NO_JAVA_MIGRATIONS)
        .createSchemas(false);
  }
}
