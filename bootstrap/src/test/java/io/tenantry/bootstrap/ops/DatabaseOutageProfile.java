package io.tenantry.bootstrap.ops;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * Runs a test against its own restartable database instead of the shared one (and without SMTP),
 * with short statement and lock timeouts.
 */
public class DatabaseOutageProfile implements QuarkusTestProfile {
  /** Short bounds, so that the tests that hit them do not wait long. */
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("app.db.statement-timeout", "2s", "app.db.lock-timeout", "1s");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(RestartablePostgresResource.class));
  }

  @Override
  public boolean disableGlobalTestResources() {
    return true;
  }
}
