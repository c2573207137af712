package io.tenantry.persistence.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.application.contract.Fixtures;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.persistence.EmbeddedPostgresResource;
import io.tenantry.persistence.shared.TenantSchemas;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the squashed baseline honest: a schema migrated file by file from V1 and a schema made the
 * way new tenants are made (the baseline, then the files newer than it) must have identical
 * catalogs and seed rows. Fails when a migration is added or changed in a way the baseline path
 * does not reproduce; re-squash with {@code scripts/squash_tenant_baseline.sh}.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class TenantBaselineEquivalenceTest {

  @Inject AgroalDataSource dataSource;
  @Inject TenantSchemaMigrator migrator;
  @Inject FlywayTenantSchemaManager schemas;

  @Test
  void aSchemaFromTheBaselineShouldEqualOneMigratedFromTheFirstFile() throws SQLException {
    Instant start = Instant.now().minusSeconds(1);
    String history = TenantSchemas.of(Fixtures.freshSlug());
    execute("CREATE SCHEMA \"" + history + '"');
    migrator.migrate(history);
    TenantSlug slug = Fixtures.freshSlug();
    schemas.create(slug);
    String baselined = TenantSchemas.of(slug);

    List<String> expected = SchemaCatalog.of(dataSource, history, start);
    assertThat(expected)
        .as("the catalog query sees the migrated schema")
        .contains("relation users kind=r persistence=p options=-")
        .contains("relation refresh_tokens kind=r persistence=p options={fillfactor=90}")
        .anyMatch(line -> line.startsWith("row roles "))
        .anyMatch(line -> line.startsWith("index users_pkey "));
    // Seed rows stamped by now() must be stamped when the schema is made, not when it was squashed.
    assertThat(SchemaCatalog.of(dataSource, baselined, start)).containsExactlyElementsOf(expected);
  }

  @Test
  void flywayShouldRecordTheBaselineAndApplyOnlyNewerFiles() throws SQLException {
    TenantSlug slug = Fixtures.freshSlug();
    schemas.create(slug);

    List<String> applied = strings(historyOf(slug));
    List<String> expected = new ArrayList<>();
    expected.add(TenantMigrations.BASELINE_VERSION + " BASELINE true");
    TenantMigrations.FILES.stream()
        .map(file -> Integer.parseInt(file.substring(1, file.indexOf("__"))))
        .filter(version -> version > TenantMigrations.BASELINE_VERSION)
        .forEach(version -> expected.add(version + " SQL true"));
    assertThat(applied).containsExactlyElementsOf(expected);
    // Migrating it again (what start-up does to a schema recorded as behind) validates and finds
    // nothing to do.
    migrator.migrate(TenantSchemas.of(slug));
    assertThat(strings(historyOf(slug))).isEqualTo(applied);
  }

  private static String historyOf(TenantSlug slug) {
    return "select coalesce(version, '-') || ' ' || type || ' ' || success from \""
        + TenantSchemas.of(slug)
        + "\".flyway_schema_history order by installed_rank";
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private List<String> strings(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
