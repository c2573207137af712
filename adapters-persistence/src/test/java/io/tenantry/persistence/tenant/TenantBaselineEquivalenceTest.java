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
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.Test;

/**
 * Keeps the squashed baseline honest: a schema migrated file by file from V1 and a schema made the
 * way new tenants are made (the baseline and Flyway's history in one script, then the files newer
 * than it) must have identical catalogs (Flyway's history table included) and seed rows, and Flyway
 * must take the new schema's history for its own. Fails when a migration is added or changed in a
 * way the baseline path does not reproduce; re-squash with {@code
 * scripts/squash_tenant_baseline.sh}.
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
        .contains("relation users kind=r persistence=p options={fillfactor=90}")
        .contains("relation refresh_tokens kind=r persistence=p options={fillfactor=90}")
        .contains("relation users_email_trgm_idx kind=i persistence=p options={fastupdate=off}")
        .contains(
            "relation users_display_name_trgm_idx kind=i persistence=p options={fastupdate=off}")
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

  @Test
  void theHistoryRowShouldBeTheOneFlywayWritesForABaseline() throws SQLException {
    TenantSlug slug = Fixtures.freshSlug();
    schemas.create(slug);
    String byFlyway = TenantSchemas.of(Fixtures.freshSlug());
    execute("CREATE SCHEMA \"" + byFlyway + '"');
    TenantFlyway.configure(dataSource, byFlyway)
        .baselineVersion(String.valueOf(TenantMigrations.BASELINE_VERSION))
        .baselineDescription(TenantSchemaHistory.DESCRIPTION)
        .load()
        .baseline();

    assertThat(strings(historyRowOf(TenantSchemas.of(slug))))
        .hasSize(1)
        .isEqualTo(strings(historyRowOf(byFlyway)));
  }

  @Test
  void flywayShouldApplyANewerFileToASchemaMadeFromTheBaseline() throws SQLException {
    TenantSlug slug = Fixtures.freshSlug();
    schemas.create(slug);
    ClassLoader loader = getClass().getClassLoader();
    ResourceProvider filesAndProbe =
        new Both(
            new TenantMigrationResources(loader),
            new TenantMigrationResources(
                loader, "db/tenant-probe", List.of("V9999__upgrade_probe.sql")));

    TenantFlyway.configure(dataSource, TenantSchemas.of(slug))
        .resourceProvider(filesAndProbe)
        .load()
        .migrate();

    assertThat(strings(historyOf(slug)))
        .containsExactly(TenantMigrations.BASELINE_VERSION + " BASELINE true", "9999 SQL true");
    assertThat(strings("select id from \"" + TenantSchemas.of(slug) + "\".upgrade_probe"))
        .containsExactly("1");
  }

  private static String historyRowOf(String schema) {
    return "select concat_ws(' ', installed_rank, version, description, type, script,"
        + " coalesce(checksum::text, 'null'), installed_by, execution_time, success) from \""
        + schema
        + "\".flyway_schema_history";
  }

  /** The real migration files plus a test-only one, as the next release would ship them. */
  private record Both(ResourceProvider first, ResourceProvider second) implements ResourceProvider {
    @Override
    public LoadableResource getResource(String name) {
      LoadableResource resource = first.getResource(name);
      return resource != null ? resource : second.getResource(name);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
      List<LoadableResource> all = new ArrayList<>(first.getResources(prefix, suffixes));
      all.addAll(second.getResources(prefix, suffixes));
      return all;
    }
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
