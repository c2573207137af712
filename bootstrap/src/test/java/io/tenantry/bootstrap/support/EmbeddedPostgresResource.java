package io.tenantry.bootstrap.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.tenantry.bootstrap.db.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Starts the same embedded PostgreSQL the launcher uses, in a temporary folder, for the tests. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {
  private EmbeddedDatabase database;

  @Override
  public Map<String, String> start() {
    try {
      Path data = Files.createTempDirectory("tenantry-test-db");
      database = EmbeddedDatabase.start(data);
      Map<String, String> properties = new HashMap<>(database.datasourceProperties());
      // As the launcher does for its embedded database: the anchor key lives next to the data.
      properties.put("app.audit.anchor-key-file", data.resolve("audit-anchor.key").toString());
      properties.put("app.mfa.secret-key-file", data.resolve("mfa-secret.key").toString());
      return properties;
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
