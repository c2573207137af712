package io.tenantry.bootstrap.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One instance of the packaged application (the jar, or the native executable of {@code -Pnative}),
 * started as its own process in the production profile, as a replica behind a Service would be.
 */
public final class Replica implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final String name;
  private final int port;
  private final int managementPort;
  private final Process process;

  private Replica(String name, int port, int managementPort, Process process) {
    this.name = name;
    this.port = port;
    this.managementPort = managementPort;
    this.process = process;
  }

  /** Starts the replica with {@code settings} and waits until it reports ready. */
  public static Replica start(String name, Map<String, String> settings) throws IOException {
    int port = FreePorts.any();
    int managementPort = FreePorts.any();
    List<String> command = new ArrayList<>();
    String nativeImage = System.getProperty("native.image.path");
    if (nativeImage == null) {
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx256m");
    } else {
      command.add(Path.of(nativeImage).toAbsolutePath().toString());
    }
    settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-Dquarkus.http.port=" + port);
    command.add("-Dquarkus.management.port=" + managementPort);
    if (nativeImage == null) {
      command.add("-jar");
      command.add(Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
    }
    Path log = Files.createDirectories(Path.of("target", "replicas")).resolve(name + ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Replica replica = new Replica(name, port, managementPort, process);
    replica.awaitReady(log);
    return replica;
  }

  public int port() {
    return port;
  }

  private void awaitReady(Path log) {
    HttpClient client = HttpClient.newHttpClient();
    URI ready = URI.create("http://localhost:" + managementPort + "/q/health/ready");
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      pause();
    }
    close();
    throw new IllegalStateException("replica " + name + " did not become ready; see " + log);
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
