package io.tenantry.persistence.tenant;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Flyway for the control schema, from the explicit list in {@link ControlMigrations}. A class of
 * its own so that Flyway's classes load only on a start that has something to migrate.
 */
final class ControlFlyway {

  private ControlFlyway() {}

  /** Applies the missing control migrations; Flyway validates the applied ones first. */
  static void migrate(DataSource dataSource) {
    configure(dataSource).load().migrate();
  }

  static FluentConfiguration configure(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .schemas(ControlMigrations.SCHEMA)
        .defaultSchema(ControlMigrations.SCHEMA)
        .locations("classpath:" + ControlMigrations.DIRECTORY)
        .resourceProvider(
            new TenantMigrationResources(
                ControlFlyway.class.getClassLoader(),
                ControlMigrations.DIRECTORY,
                ControlMigrations.FILES))
        .javaMigrationClassProvider(TenantMigrationResources.NO_JAVA_MIGRATIONS);
  }
}
