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
import org.jboss.logging.Logger;

/**
 * Creates new tenant schemas from the squashed baseline in one round trip, and runs the {@code
 * db/tenant} migrations with Flyway ({@link TenantFlyway}) on schemas that are behind. The
 * migrations come from an explicit list ({@link TenantMigrationResources}), not a class-path scan,
 * so that this works in a native image too.
 */
@ApplicationScoped
public class TenantSchemaMigrator {

  private static final Logger LOG = Logger.getLogger(TenantSchemaMigrator.class);

  @Inject AgroalDataSource dataSource;

  /** Migrates an existing schema to the latest tenant migration, file by file. */
  public void migrate(String schema) {
    TenantFlyway.migrate(dataSource, schema);
  }

  /**
   * Creates {@code schema} and fills it from the squashed baseline, with Flyway's history recorded
   * at {@link TenantMigrations#BASELINE_VERSION} ({@link TenantSchemaHistory}): one script, one
   * transaction, one commit. Flyway runs only for files newer than the baseline (none while the
   * baseline is squashed up to {@link TenantMigrations#LATEST}); its per-create set-up, history
   * table and per-file transactions were most of a create's schema time.
   *
   * @throws SQLException when the script fails; the schema then does not exist (a taken name is SQL
   *     state 42P06, or 23505 when two creates race)
   */
  public void create(String schema) throws SQLException {
    String quoted = '"' + schema + '"';
    String script =
        "CREATE SCHEMA "
            + quoted
            // The baseline's names are unqualified; SET LOCAL ends with the transaction.
            + ";\nSET LOCAL search_path TO "
            + quoted
            + ";\n"
            + TenantMigrationResources.baseline(TenantSchemaMigrator.class.getClassLoader())
            + '\n'
            + TenantSchemaHistory.baselined(schema, TenantMigrations.BASELINE_VERSION);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      try {
        statement.execute(script);
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
    if (TenantMigrations.BASELINE_VERSION < TenantMigrations.LATEST) {
      migrate(schema);
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
