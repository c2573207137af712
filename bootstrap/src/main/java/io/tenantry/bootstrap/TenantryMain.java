package io.tenantry.bootstrap;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.tenantry.bootstrap.db.EmbeddedDatabase;
import java.nio.file.Path;

/**
 * Starts Tenantry. Without a configured database URL it first starts an embedded PostgreSQL (data
 * kept in {@code app.db.embedded.dir}) and stops it again when the application exits.
 */
@QuarkusMain
public final class TenantryMain {
  private TenantryMain() {}

  public static void main(String... args) throws Exception {
    if (setting("quarkus.datasource.jdbc.url") != null) {
      Quarkus.run(args);
      return;
    }
    String dir = setting("app.db.embedded.dir");
    try (EmbeddedDatabase database =
        EmbeddedDatabase.start(Path.of(dir == null ? "tenantry-data" : dir))) {
      database.datasourceProperties().forEach(System::setProperty);
      Quarkus.run(args);
    }
  }

  private static String setting(String key) {
    String value = System.getProperty(key);
    if (value == null) {
      value = System.getenv(key.toUpperCase().replace('.', '_').replace('-', '_'));
    }
    return value == null || value.isBlank() ? null : value;
  }
}
