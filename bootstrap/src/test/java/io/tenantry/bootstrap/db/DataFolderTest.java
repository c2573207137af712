package io.tenantry.bootstrap.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database folder check: created when missing, one clear line when unusable. */
class DataFolderTest {

  @TempDir Path temp;

  @Test
  void shouldCreateAMissingFolderAndLeaveNothingBehind() throws IOException {
    Path folder = temp.resolve("data").resolve("nested");

    assertThat(DataFolder.problem(folder)).isEmpty();
    assertThat(folder).isDirectory();
    try (var files = Files.list(folder)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void shouldExplainInOneLineWhenTheFolderCannotBeWritten() throws IOException {
    // A folder below a plain file cannot be created, whoever runs the test (root included).
    Path file = Files.writeString(temp.resolve("not-a-folder"), "x");

    String problem = DataFolder.problem(file.resolve("data")).orElseThrow();

    assertThat(problem)
        .startsWith("Tenantry: the embedded database folder " + file.resolve("data"))
        .contains("is not writable")
        .contains("APP_DB_EMBEDDED_DIR")
        .contains("QUARKUS_DATASOURCE_JDBC_URL")
        .doesNotContain("\n");
  }
}
