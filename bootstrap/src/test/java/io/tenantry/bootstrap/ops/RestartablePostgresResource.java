package io.tenantry.bootstrap.ops;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.util.Map;

/** A database of its own for tests that take PostgreSQL away, injected as {@link Handle}. */
public class RestartablePostgresResource implements QuarkusTestResourceLifecycleManager {
  private RestartablePostgres database;

  @Override
  public Map<String, String> start() {
    try {
      database = new RestartablePostgres(Files.createTempDirectory("tenantry-outage-db"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    database.start();
    return Map.of(
        "quarkus.datasource.jdbc.url", database.jdbcUrl(),
        "quarkus.datasource.username", "postgres",
        "quarkus.datasource.password", "postgres");
  }

  @Override
  public void inject(TestInjector injector) {
    injector.injectIntoFields(
        database,
        new TestInjector.AnnotatedAndMatchesType(Handle.class, RestartablePostgres.class));
  }

  @Override
  public void stop() {
    if (database != null) {
      database.stop();
    }
  }

  /** Marks the test field that receives the {@link RestartablePostgres}. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.FIELD)
  public @interface Handle {}
}
