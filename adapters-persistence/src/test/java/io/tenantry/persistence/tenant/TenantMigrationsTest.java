package io.tenantry.persistence.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.Test;

class TenantMigrationsTest {

  private static final Pattern VERSIONED = Pattern.compile("^V(\\d+)__.+\\.sql$");

  @Test
  void latestShouldEqualTheHighestTenantMigrationOnDisk() throws IOException {
    int highest;
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/tenant"))) {
      highest =
          files
              .map(file -> VERSIONED.matcher(file.getFileName().toString()))
              .filter(Matcher::matches)
              .mapToInt(m -> Integer.parseInt(m.group(1)))
              .max()
              .orElseThrow();
    }
    assertThat(TenantMigrations.LATEST).isEqualTo(highest);
  }

  @Test
  void theExplicitListShouldNameEveryTenantMigrationOnDiskInOrder() throws IOException {
    List<String> onDisk;
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/tenant"))) {
      onDisk =
          files
              .map(file -> file.getFileName().toString())
              .sorted(Comparator.comparingInt(TenantMigrationsTest::version))
              .toList();
    }
    assertThat(TenantMigrations.FILES).isEqualTo(onDisk);
  }

  @Test
  void theResourceProviderShouldLoadEveryListedMigrationWithTheClassLoader() throws IOException {
    TenantMigrationResources provider =
        new TenantMigrationResources(TenantMigrationsTest.class.getClassLoader());
    assertThat(provider.getResources("V", new String[] {".sql"}))
        .extracting(LoadableResource::getFilename)
        .containsExactlyElementsOf(TenantMigrations.FILES);
    for (LoadableResource resource : provider.getResources("V", new String[] {".sql"})) {
      try (Reader reader = resource.read()) {
        assertThat(reader.read()).isNotEqualTo(-1);
      }
    }
    assertThat(provider.getResources("beforeMigrate", new String[] {".sql"})).isEmpty();
  }

  @Test
  void theBaselineShouldBeTheOnlyFileInItsDirectoryAndNotNewerThanLatest() throws IOException {
    Path baseline = Path.of("src/main/resources", TenantMigrations.BASELINE);
    try (Stream<Path> files = Files.list(baseline.getParent())) {
      assertThat(files.map(Path::getFileName).map(Path::toString))
          .containsExactly("B" + TenantMigrations.BASELINE_VERSION + "__baseline.sql");
    }
    assertThat(TenantMigrations.BASELINE_VERSION).isLessThanOrEqualTo(TenantMigrations.LATEST);
    // The baseline replaces files that exist: its version is one of the migrations.
    assertThat(TenantMigrations.FILES)
        .anyMatch(f -> version(f) == TenantMigrations.BASELINE_VERSION);
    assertThat(TenantMigrationResources.baseline(TenantMigrationsTest.class.getClassLoader()))
        .isEqualTo(Files.readString(baseline))
        .contains("CREATE TABLE users");
  }

  private static int version(String file) {
    Matcher m = VERSIONED.matcher(file);
    return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
  }
}
