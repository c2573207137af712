package io.tenantry.persistence.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.persistence.EmbeddedPostgresResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The start-up check of the control schema, on databases of their own in the embedded server. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ControlSchemaMigratorTest {

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String url;

  @Inject DataSource applicationDataSource;

  @Test
  void theApplicationsOwnStartShouldHaveLeftTheControlSchemaCurrent() {
    assertThat(ControlSchemaMigrator.isCurrent(applicationDataSource)).isTrue();
    assertThat(ControlSchemaMigrator.migrateIfBehind(applicationDataSource)).isFalse();
  }

  @Test
  void aFreshDatabaseShouldBeMigratedOnceAndThenLeftAlone() throws SQLException {
    DataSource fresh = newDatabase();

    assertThat(ControlSchemaMigrator.isCurrent(fresh)).isFalse();
    assertThat(ControlSchemaMigrator.migrateIfBehind(fresh)).isTrue();

    assertThat(appliedScripts(fresh)).isEqualTo(ControlMigrations.FILES);
    assertThat(ControlSchemaMigrator.isCurrent(fresh)).isTrue();
    assertThat(ControlSchemaMigrator.migrateIfBehind(fresh)).isFalse();
  }

  @Test
  void anOutdatedDatabaseShouldBeMigratedToTheNewestListedMigration() throws SQLException {
    DataSource outdated = newDatabase();
    ControlFlyway.configure(outdated).target("2").load().migrate();
    assertThat(appliedScripts(outdated)).hasSize(2);

    assertThat(ControlSchemaMigrator.isCurrent(outdated)).isFalse();
    assertThat(ControlSchemaMigrator.migrateIfBehind(outdated)).isTrue();

    assertThat(appliedScripts(outdated)).isEqualTo(ControlMigrations.FILES);
    assertThat(query(outdated, "select to_regclass('control.client_directory')")).isNotNull();
    assertThat(ControlSchemaMigrator.isCurrent(outdated)).isTrue();
  }

  @Test
  void aFailedOrUnlistedRowShouldLeaveTheDecisionToFlyway() throws SQLException {
    DataSource failed = newDatabase();
    ControlSchemaMigrator.migrateIfBehind(failed);
    execute(failed, "update control.flyway_schema_history set success = false where version = '4'");
    assertThat(ControlSchemaMigrator.isCurrent(failed)).isFalse();

    DataSource ahead = newDatabase();
    ControlSchemaMigrator.migrateIfBehind(ahead);
    execute(
        ahead,
        "insert into control.flyway_schema_history (installed_rank, version, description, type,"
            + " script, checksum, installed_by, execution_time, success)"
            + " values (100, '99', 'from a newer release', 'SQL', 'V99__newer.sql', 0, 'test', 0,"
            + " true)");
    assertThat(ControlSchemaMigrator.isCurrent(ahead)).isFalse();
  }

  private DataSource newDatabase() throws SQLException {
    String name = "control_" + UUID.randomUUID().toString().replace("-", "");
    execute(applicationDataSource, "create database " + name);
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url.replaceFirst("/postgres\\?", "/" + name + "?"));
    dataSource.setUser("postgres");
    return dataSource;
  }

  private static List<String> appliedScripts(DataSource dataSource) throws SQLException {
    List<String> scripts = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select script from control.flyway_schema_history where type = 'SQL'"
                    + " order by installed_rank")) {
      while (rows.next()) {
        scripts.add(rows.getString(1));
      }
    }
    return scripts;
  }

  private static String query(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    }
  }

  private static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
