package io.tenantry.bootstrap.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The embedded database's data folder, checked before anything is started in it, so that a folder
 * the process cannot write (a read-only container root, a volume owned by another user) ends the
 * start with one line saying what to do instead of a stack trace from deep inside PostgreSQL.
 */
public final class DataFolder {

  private DataFolder() {}

  /**
   * Creates the folder when missing and writes (then removes) a probe file in it.
   *
   * @return empty when the folder is usable, otherwise the one line to print before exiting
   */
  public static Optional<String> problem(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    try {
      Files.createDirectories(absolute);
      Files.delete(Files.createTempFile(absolute, ".write-check", ".tmp"));
      return Optional.empty();
    } catch (IOException | SecurityException e) {
      return Optional.of(
          "Tenantry: the embedded database folder "
              + absolute
              + " is not writable ("
              + e.getClass().getSimpleName()
              + "); mount a writable volume there, point APP_DB_EMBEDDED_DIR at a writable folder,"
              + " or set QUARKUS_DATASOURCE_JDBC_URL to use an external PostgreSQL.");
    }
  }
}
