package io.tenantry.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenantry.bootstrap.db.EmbeddedDatabase;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.Replica;
import io.tenantry.security.SigningKeyFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged application stopped the way Kubernetes stops it (SIGTERM) while its scheduled jobs
 * run every 50 ms: no job starts a run once the shutdown began, and a run the shutdown cuts short
 * logs no ERROR (it used to meet the closed {@code EntityManagerFactory}), at most a warning that
 * names the shutdown.
 */
class ShutdownIT {
  private static final int RESTARTS = 3;

  private static EmbeddedDatabase database;
  private static Path data;

  @BeforeAll
  static void startDatabase() throws IOException {
    data = Files.createTempDirectory("tenantry-shutdown");
    database = EmbeddedDatabase.start(data);
  }

  @AfterAll
  static void stopDatabase() throws Exception {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void shouldStopWithoutAnErrorWhileJobsRun() throws Exception {
    Map<String, String> settings = new HashMap<>(database.datasourceProperties());
    Path key = data.resolve("signing-key.pem");
    SigningKeyFile.createIfAbsent(key);
    settings.put("app.jwt.signing-key", key.toString());
    settings.put("app.audit.anchor-key-file", data.resolve("audit-anchor.key").toString());
    settings.put("app.mfa.secret-key-file", data.resolve("mfa-secret.key").toString());
    settings.put("app.bootstrap.admin.email", Api.ADMIN_EMAIL);
    settings.put("app.bootstrap.admin.password", Api.ADMIN_PASSWORD);
    settings.put("quarkus.mailer.mock", "true");
    for (String job : List.of("app.mail.dispatch", "app.webhooks.dispatch")) {
      settings.put(job + "-interval", "PT0.05S");
      settings.put(job + "-delay", "PT0S");
    }
    settings.put("app.audit.anchor-interval", "PT0.05S");
    settings.put("app.audit.anchor-delay", "PT0S");

    for (int restart = 1; restart <= RESTARTS; restart++) {
      String name = "shutdown-" + restart;
      Replica.start(name, settings).close();
      List<String> log = Files.readAllLines(Path.of("target", "replicas", name + ".log"));

      assertThat(log).as("the log of %s", name).anyMatch(line -> line.contains("stopped in"));
      assertThat(log)
          .as("the log of %s", name)
          .noneMatch(line -> line.contains("\"level\":\"ERROR\""))
          .filteredOn(line -> line.contains("skipped this cycle"))
          .allMatch(line -> line.contains("application shutting down"));
    }
  }
}
