package io.tenantry.bootstrap.ops;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** Runs a test against its own restartable database instead of the shared one. */
public class DatabaseOutageProfile implements QuarkusTestProfile {
  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(RestartablePostgresResource.class));
  }

  @Override
  public boolean disableGlobalTestResources() {
    return true;
  }
}
