package io.tenantry.persistence.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
}
