package io.tenantry.bootstrap.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.tenantry.security.SigningKeyFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the packaged application needs in production beyond a database: a signing key (it refuses to
 * start without one), and free API and management ports the test can reach. The API port is chosen
 * here rather than by the application (port 0) so that {@code app.public-url}'s default, which
 * follows {@code quarkus.http.port}, is the address the test calls.
 */
public class PackagedRuntimeResource implements QuarkusTestResourceLifecycleManager {
  private static volatile int httpPort;
  private static volatile int managementPort;

  @Override
  public Map<String, String> start() {
    try {
      Path key = Files.createTempDirectory("tenantry-it-keys").resolve("signing-key.pem");
      SigningKeyFile.createIfAbsent(key);
      httpPort = FreePorts.any();
      managementPort = FreePorts.any();
      String http = Integer.toString(httpPort);
      String management = Integer.toString(managementPort);
      return Map.of(
          "app.jwt.signing-key", key.toString(),
          "quarkus.http.port", http,
          "quarkus.http.test-port", http,
          "quarkus.management.port", management,
          "quarkus.management.test-port", management);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {}

  public static int httpPort() {
    return httpPort;
  }

  public static int managementPort() {
    return managementPort;
  }
}
