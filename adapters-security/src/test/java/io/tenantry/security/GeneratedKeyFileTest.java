package io.tenantry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key generated once into the data folder: kept, owner-only, and never silently replaced. */
class GeneratedKeyFileTest {
  private static final KeySetting SETTING = new KeySetting("app.test.key", "test key", "tests");

  @TempDir Path folder;

  @Test
  void shouldGenerateTheKeyOnceAndReadTheSameKeyLater() throws Exception {
    Path file = folder.resolve("data/test.key");

    byte[] first = GeneratedKeyFile.readOrCreate(file, "test key");
    byte[] second = GeneratedKeyFile.readOrCreate(file, "test key");

    assertThat(first).hasSize(32).isEqualTo(second);
    assertThat(Base64.getDecoder().decode(Files.readString(file).trim())).isEqualTo(first);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
    try (var left = Files.list(file.getParent())) {
      assertThat(left).containsExactly(file); // no temporary file stays behind
    }
  }

  @Test
  void shouldKeepAKeyFileThatIsAlreadyThere() throws Exception {
    Path file = folder.resolve("kept.key");
    Files.writeString(file, "first", StandardCharsets.US_ASCII);

    assertThat(GeneratedKeyFile.createIfAbsent(file, () -> "second")).isFalse();
    assertThat(Files.readString(file)).isEqualTo("first");
  }

  @Test
  void shouldPreferTheConfiguredValueThenTheFile() {
    byte[] configured = new byte[32];
    configured[0] = 7;
    Path file = folder.resolve("setting.key");

    byte[] fromValue =
        SETTING.load(
            Optional.of(Base64.getEncoder().encodeToString(configured)),
            Optional.of(file.toString()),
            true);

    assertThat(fromValue).isEqualTo(configured);
    assertThat(file).doesNotExist(); // the value wins: no file is made
    byte[] fromFile = SETTING.load(Optional.empty(), Optional.of(file.toString()), true);
    assertThat(fromFile).hasSize(32).isEqualTo(GeneratedKeyFile.readOrCreate(file, "test key"));
  }

  @Test
  void shouldRefuseProductionWithoutAKeyAndUseAnEphemeralOneOtherwise() {
    assertThatThrownBy(() -> SETTING.load(Optional.empty(), Optional.empty(), true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("app.test.key (or app.test.key-file) must be set in production");
    assertThat(SETTING.load(Optional.empty(), Optional.empty(), false))
        .hasSize(32)
        .isNotEqualTo(SETTING.load(Optional.empty(), Optional.empty(), false));
  }
}
