package io.tenantry.bootstrap.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.tenantry.bootstrap.db.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** Starts the same embedded PostgreSQL the launcher uses, in a temporary folder, for the tests. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {
  private EmbeddedDatabase database;

  @Override
  public Map<String, String> start() {
    try {
      database = EmbeddedDatabase.start(Files.createTempDirectory("tenantry-test-db"));
      return database.datasourceProperties();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {
    try {
      if (database != null) {
        database.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
