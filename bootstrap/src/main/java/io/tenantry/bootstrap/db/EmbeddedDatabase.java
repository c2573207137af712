package io.tenantry.bootstrap.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL started from Maven Central binaries, for development and tests when no database
 * URL is configured. Never used once {@code quarkus.datasource.jdbc.url} is set, and never in a
 * native image (JVM only: the {@code native} profile leaves zonky out).
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** Starts (or restarts, keeping its data) a database in {@code dataDirectory}. */
  public static EmbeddedDatabase start(Path dataDirectory) throws IOException {
    Files.createDirectories(dataDirectory);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setPort(0)
            .start();
    LOG.infof(
        "No quarkus.datasource.jdbc.url configured: started an embedded PostgreSQL on port %d with"
            + " data in %s. Set QUARKUS_DATASOURCE_JDBC_URL, _USERNAME and _PASSWORD to use a real"
            + " database.",
        postgres.getPort(), dataDirectory.toAbsolutePath());
    return new EmbeddedDatabase(postgres);
  }

  /**
   * Starts the database like {@link #start(Path)} and sets the datasource system properties to it;
   * what {@code TenantryMain} calls (by name, so that native images never reach this class).
   */
  public static EmbeddedDatabase startConfigured(Path dataDirectory) throws IOException {
    EmbeddedDatabase database = start(dataDirectory);
    database.datasourceProperties().forEach(System::setProperty);
    return database;
  }

  /** The datasource settings that point Quarkus at this database. */
  public Map<String, String> datasourceProperties() {
    return Map.of(
        "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
        "quarkus.datasource.username", "postgres",
        "quarkus.datasource.password", "postgres");
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
