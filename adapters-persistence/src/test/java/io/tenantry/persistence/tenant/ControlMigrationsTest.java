package io.tenantry.persistence.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.Test;

class ControlMigrationsTest {

  private static final Pattern VERSIONED = Pattern.compile("^V(\\d+)__.+\\.sql$");

  @Test
  void theListShouldNameEveryControlMigrationOnTheClassPathInOrder()
      throws IOException, URISyntaxException {
    URL directory = getClass().getClassLoader().getResource(ControlMigrations.DIRECTORY);
    List<String> onClassPath;
    try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
      onClassPath =
          files
              .map(file -> file.getFileName().toString())
              .sorted(Comparator.comparingInt(ControlMigrationsTest::version))
              .toList();
    }
    assertThat(ControlMigrations.FILES).isEqualTo(onClassPath).allMatch(f -> version(f) > 0);
  }

  @Test
  void theResourceProviderShouldLoadEveryListedControlMigration() throws IOException {
    TenantMigrationResources provider =
        new TenantMigrationResources(
            getClass().getClassLoader(), ControlMigrations.DIRECTORY, ControlMigrations.FILES);
    assertThat(provider.getResources("V", new String[] {".sql"}))
        .extracting(LoadableResource::getFilename)
        .containsExactlyElementsOf(ControlMigrations.FILES);
    for (LoadableResource resource : provider.getResources("V", new String[] {".sql"})) {
      try (Reader reader = resource.read()) {
        assertThat(reader.read()).isNotEqualTo(-1);
      }
    }
  }

  private static int version(String file) {
    Matcher m = VERSIONED.matcher(file);
    return m.matches() ? Integer.parseInt(m.group(1)) : -1;
  }
}
