package io.tenantry.bootstrap.ops;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** An embedded PostgreSQL that a test can stop and start again on the same port and data. */
public final class RestartablePostgres {
  private final Path dataDirectory;
  private EmbeddedPostgres postgres;
  private int port;

  RestartablePostgres(Path dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  synchronized void start() {
    if (postgres != null) {
      return;
    }
    try {
      postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPort(port)
              // The embedded default (off) acknowledges commits before they are durable, so a
              // kill would lose answered writes; production PostgreSQL runs with it on.
              .setServerConfig("synchronous_commit", "on")
              .start();
      port = postgres.getPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Shuts PostgreSQL down; its data stays for {@link #start()}. */
  public synchronized void stop() {
    try {
      if (postgres != null) {
        postgres.close();
        postgres = null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Kills PostgreSQL the way {@code pg_ctl -m immediate stop} does (SIGQUIT to the postmaster): no
   * checkpoint, open connections cut; the next {@link #start()} runs crash recovery.
   */
  public synchronized void kill() {
    if (postgres == null) {
      return;
    }
    try {
      long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0));
      Process signal = new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).start();
      if (signal.waitFor() != 0) {
        throw new IllegalStateException("could not signal the postmaster " + pid);
      }
      Optional<ProcessHandle> postmaster = ProcessHandle.of(pid);
      if (postmaster.isPresent()) {
        postmaster.get().onExit().get(30, TimeUnit.SECONDS);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the postmaster did not stop", e);
    }
    // Already gone: this only releases the embedded server's lock on the data folder.
    stop();
  }

  /** Starts PostgreSQL again where it was, unless it is running. */
  public void restart() {
    start();
  }

  /** A connection of its own, outside the application's pool and its timeouts. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl());
  }

  String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }
}
