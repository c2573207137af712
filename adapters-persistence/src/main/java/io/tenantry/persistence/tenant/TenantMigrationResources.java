package io.tenantry.persistence.tenant;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ClassProvider;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Hands Flyway the tenant migrations listed in {@link TenantMigrations#FILES} (or the control
 * schema's, {@link ControlMigrations#FILES}), loaded with the class loader, instead of letting it
 * scan {@code db/tenant}: class-path scanning does not work in a native image, and an explicit list
 * behaves the same on the JVM. There are no Java migrations. The squashed baseline for new schemas
 * is read the same way, from its one listed path.
 */
final class TenantMigrationResources implements ResourceProvider {

  /** No Java migrations; set together with the resource provider so that Flyway never scans. */
  static final ClassProvider<JavaMigration> NO_JAVA_MIGRATIONS = List::of;

  // Written at most a few times by racing first callers, always with the same text.
  private static volatile String baseline;

  private final List<LoadableResource> resources;

  TenantMigrationResources(ClassLoader classLoader) {
    this(classLoader, TenantMigrations.DIRECTORY, TenantMigrations.FILES);
  }

  TenantMigrationResources(ClassLoader classLoader, String directory, List<String> files) {
    this.resources =
        files.stream()
            .<LoadableResource>map(file -> new Migration(classLoader, directory, file))
            .toList();
  }

  /** The squashed baseline script ({@link TenantMigrations#BASELINE}), read once. */
  static String baseline(ClassLoader classLoader) {
    String script = baseline;
    if (script == null) {
      try (InputStream in = classLoader.getResourceAsStream(TenantMigrations.BASELINE)) {
        if (in == null) {
          throw new IllegalStateException(
              "tenant baseline not on the class path: " + TenantMigrations.BASELINE);
        }
        script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      baseline = script;
    }
    return script;
  }

  @Override
  public LoadableResource getResource(String name) {
    return resources.stream()
        .filter(r -> r.getRelativePath().equals(name) || r.getAbsolutePath().equals(name))
        .findFirst()
        .orElse(null);
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    return resources.stream()
        .filter(r -> r.getFilename().startsWith(prefix))
        .filter(r -> Arrays.stream(suffixes).anyMatch(r.getFilename()::endsWith))
        .toList();
  }

  private static final class Migration extends LoadableResource {
    private final ClassLoader classLoader;
    private final String directory;
    private final String file;

    Migration(ClassLoader classLoader, String directory, String file) {
      this.classLoader = classLoader;
      this.directory = directory;
      this.file = file;
    }

    @Override
    public Reader read() {
      InputStream in = classLoader.getResourceAsStream(getAbsolutePath());
      if (in == null) {
        throw new IllegalStateException("migration not on the class path: " + getAbsolutePath());
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    @Override
    public String getAbsolutePath() {
      return directory + "/" + file;
    }

    @Override
    public String getAbsolutePathOnDisk() {
      return getAbsolutePath();
    }

    @Override
    public String getFilename() {
      return file;
    }

    @Override
    public String getRelativePath() {
      return file;
    }
  }
}
