package io.tenantry.bootstrap;

import io.quarkus.runtime.ImageMode;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.tenantry.bootstrap.db.DataFolder;
import io.tenantry.security.SigningKeyFile;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Starts Tenantry. Without a configured database URL it first starts an embedded PostgreSQL (data
 * kept in {@code app.db.embedded.dir}) and stops it again when the application exits. The embedded
 * database is JVM-only: a native executable requires {@code quarkus.datasource.jdbc.url}. In
 * production a signing key is required: with the embedded database one is generated once and kept
 * in its data folder; with a real database a missing key stops the start.
 */
@QuarkusMain
public final class TenantryMain {

  /**
   * Loaded by name so that the native-image analysis does not follow it into zonky's embedded
   * PostgreSQL, which the {@code native} Maven profile leaves out of the image.
   */
  private static final String EMBEDDED_DATABASE = "io.tenantry.bootstrap.db.EmbeddedDatabase";

  private static final String SIGNING_KEY = "app.jwt.signing-key";

  private TenantryMain() {}

  public static void main(String... args) throws Exception {
    if (Boolean.getBoolean("quarkus.appcds.generate")) {
      // The package step's AppCDS run (quarkus.package.jar.appcds) stops after static init: no
      // database is reached, so starting the embedded one would only slow every build down.
      Quarkus.run(args);
      return;
    }
    if (setting("quarkus.datasource.jdbc.url") != null) {
      if (production() && setting(SIGNING_KEY) == null) {
        System.err.println(
            "Tenantry: no signing key configured. Set APP_JWT_SIGNING_KEY to a PKCS#8 PEM private"
                + " key file (see docs/architecture/security.md); refusing to start.");
        System.exit(1);
        return;
      }
      Quarkus.run(args);
      return;
    }
    if (ImageMode.current() == ImageMode.NATIVE_RUN) {
      System.err.println(
          "Tenantry: no database configured. The native executable has no embedded PostgreSQL; set"
              + " QUARKUS_DATASOURCE_JDBC_URL (and QUARKUS_DATASOURCE_USERNAME,"
              + " QUARKUS_DATASOURCE_PASSWORD) to a PostgreSQL database.");
      System.exit(1);
      return;
    }
    String dir = setting("app.db.embedded.dir");
    Path dataDirectory = Path.of(dir == null ? "tenantry-data" : dir);
    Optional<String> unusable = DataFolder.problem(dataDirectory);
    if (unusable.isPresent()) {
      System.err.println(unusable.get());
      System.exit(1);
      return;
    }
    keepKeyInDataFolder("app.audit.anchor-key", dataDirectory.resolve("audit-anchor.key"));
    keepKeyInDataFolder("app.mfa.secret-key", dataDirectory.resolve("mfa-secret.key"));
    try (AutoCloseable database = startEmbeddedDatabase(dataDirectory)) {
      if (production() && setting(SIGNING_KEY) == null) {
        Optional<String> algorithm = Optional.ofNullable(setting("app.jwt.algorithm"));
        System.setProperty(SIGNING_KEY, SigningKeyFile.local(dataDirectory, algorithm).toString());
      }
      Quarkus.run(args);
    }
  }

  /**
   * Points {@code key-file} at {@code file} unless the key or its file is set: a local secret like
   * the database itself, generated once and kept next to its data.
   */
  private static void keepKeyInDataFolder(String key, Path file) {
    if (setting(key) == null && setting(key + "-file") == null) {
      System.setProperty(key + "-file", file.toString());
    }
  }

  /**
   * The packaged application in its default (prod) profile; dev mode and tests keep ephemeral keys.
   */
  private static boolean production() {
    String profile = setting("quarkus.profile");
    return LaunchMode.current() == LaunchMode.NORMAL
        && (profile == null || java.util.Arrays.asList(profile.split(",")).contains("prod"));
  }

  /** Starts the embedded database and points the datasource settings at it (JVM only). */
  private static AutoCloseable startEmbeddedDatabase(Path dataDirectory) throws Exception {
    // Deliberately not a compile-time constant: native-image folds Class.forName and getMethod
    // with constant arguments, and would then compile EmbeddedDatabase (and zonky) into the image.
    String launcher = ImageMode.current().isNativeImage() ? null : EMBEDDED_DATABASE;
    if (launcher == null) {
      throw new IllegalStateException("the embedded PostgreSQL is not available in a native image");
    }
    try {
      return (AutoCloseable)
          Class.forName(launcher, true, TenantryMain.class.getClassLoader())
              .getMethod("startConfigured", Path.class)
              .invoke(null, dataDirectory);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private static String setting(String key) {
    String value = System.getProperty(key);
    if (value == null) {
      value = System.getenv(key.toUpperCase().replace('.', '_').replace('-', '_'));
    }
    return value == null || value.isBlank() ? null : value;
  }
}
