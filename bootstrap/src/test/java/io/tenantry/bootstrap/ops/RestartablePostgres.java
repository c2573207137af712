package io.tenantry.bootstrap.ops;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

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

  /** Starts PostgreSQL again where it was, unless it is running. */
  public void restart() {
    start();
  }

  String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }
}
