package io.tenantry.bootstrap.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.tenantry.security.SigningKeyFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the packaged application needs in production beyond a database: a signing key (it refuses to
 * start without one) and a free management port the test can reach.
 */
public class PackagedRuntimeResource implements QuarkusTestResourceLifecycleManager {
  private static volatile int managementPort;

  @Override
  public Map<String, String> start() {
    try {
      Path key = Files.createTempDirectory("tenantry-it-keys").resolve("signing-key.pem");
      SigningKeyFile.createIfAbsent(key);
      try (ServerSocket socket = new ServerSocket(0)) {
        managementPort = socket.getLocalPort();
      }
      String port = Integer.toString(managementPort);
      return Map.of(
          "app.jwt.signing-key", key.toString(),
          "quarkus.management.port", port,
          "quarkus.management.test-port", port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {}

  public static int managementPort() {
    return managementPort;
  }
}
