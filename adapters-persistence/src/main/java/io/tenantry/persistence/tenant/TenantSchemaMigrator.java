package io.tenantry.persistence.tenant;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jboss.logging.Logger;

/**
 * Runs the {@code db/tenant} migrations with Flyway on one schema, or on all outdated ones, and
 * fills new schemas from the squashed baseline. The migrations come from an explicit list ({@link
 * TenantMigrationResources}), not a class-path scan, so that this works in a native image too.
 */
@ApplicationScoped
public class TenantSchemaMigrator {

  private static final Logger LOG = Logger.getLogger(TenantSchemaMigrator.class);

  @Inject AgroalDataSource dataSource;

  /** Migrates an existing schema to the latest tenant migration, file by file. */
  public void migrate(String schema) {
    flyway(schema).load().migrate();
  }

  /**
   * Fills a new, empty schema from the squashed baseline in one transaction, then has Flyway record
   * it at {@link TenantMigrations#BASELINE_VERSION} and apply only the migrations newer than that.
   * One script instead of a Flyway transaction per file is what keeps tenant creation fast.
   */
  public void createFromBaseline(String schema) {
    runBaseline(schema);
    // Only this configuration baselines: an existing schema that lost its history must fail.
    flyway(schema)
        .baselineOnMigrate(true)
        .baselineVersion(String.valueOf(TenantMigrations.BASELINE_VERSION))
        .baselineDescription("squashed baseline")
        .load()
        .migrate();
  }

  private FluentConfiguration flyway(String schema) {
    return Flyway.configure()
        .dataSource(dataSource)
        .schemas(schema)
        .defaultSchema(schema)
        .locations(TenantMigrations.LOCATION)
        .resourceProvider(new TenantMigrationResources(TenantSchemaMigrator.class.getClassLoader()))
        .javaMigrationClassProvider(TenantMigrationResources.NO_JAVA_MIGRATIONS)
        .createSchemas(false);
  }

  private void runBaseline(String schema) {
    String script = TenantMigrationResources.baseline(TenantSchemaMigrator.class.getClassLoader());
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      try {
        // The baseline's names are unqualified; SET LOCAL ends with the transaction.
        statement.execute("SET LOCAL search_path TO \"" + schema + '"');
        statement.execute(script);
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not fill tenant schema " + schema, e);
    }
  }

  /** Migrates the schemas recorded as behind and records them as current. */
  public int upgradeOutdated() {
    List<String> outdated = outdatedSchemas();
    for (String schema : outdated) {
      LOG.infof("Upgrading tenant schema %s to version %d", schema, TenantMigrations.LATEST);
      migrate(schema);
      recordLatest(schema);
    }
    return outdated.size();
  }

  private List<String> outdatedSchemas() {
    String sql = "select schema_name from control.tenants where schema_version < ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setInt(1, TenantMigrations.LATEST);
      List<String> schemas = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          schemas.add(rows.getString(1));
        }
      }
      return schemas;
    } catch (SQLException e) {
      throw new IllegalStateException("could not list outdated tenant schemas", e);
    }
  }

  private void recordLatest(String schema) {
    String sql = "update control.tenants set schema_version = ? where schema_name = ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setInt(1, TenantMigrations.LATEST);
      statement.setString(2, schema);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not record the tenant schema version", e);
    }
  }
}
