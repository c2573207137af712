package io.tenantry.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * A key generated once into a file of the data folder and read from it on every later start. The
 * file is readable by its owner only before the key is written, and moved into place without
 * replacing anything, so two processes starting together both keep the first key.
 */
public final class GeneratedKeyFile {
  private static final Logger LOG = Logger.getLogger(GeneratedKeyFile.class);
  private static final int KEY_BYTES = 32;

  private GeneratedKeyFile() {}

  /**
   * The base64 key in {@code file}, made of {@link #randomKey()} when the file (or its folder) is
   * missing.
   *
   * @param label what the key is, for the log and the error, e.g. {@code "audit anchor key"}
   */
  public static byte[] readOrCreate(Path file, String label) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      if (createIfAbsent(file, () -> Base64.getEncoder().encodeToString(randomKey()))) {
        LOG.infof("Generated the %s in %s", label, file.toAbsolutePath());
      }
      return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the " + label + " " + file, e);
    }
  }

  /** Writes {@code contents} to {@code file} unless a file is there; true if it was created now. */
  public static boolean createIfAbsent(Path file, Supplier<String> contents) {
    if (Files.exists(file)) {
      return false;
    }
    try {
      Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".key", ".tmp");
      restrictToOwner(temporary);
      Files.writeString(temporary, contents.get(), StandardCharsets.US_ASCII);
      try {
        Files.move(temporary, file); // not REPLACE_EXISTING: a concurrent start keeps the first key
      } catch (FileAlreadyExistsException e) {
        Files.delete(temporary);
        return false;
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the key file " + file, e);
    }
  }

  /** 32 bytes from a {@link SecureRandom}: an AES-256 or HMAC-SHA-256 key. */
  public static byte[] randomKey() {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return key;
  }

  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Not a POSIX file system (Windows): the folder's own permissions are what protect it.
    }
  }
}
