package io.tenantry.security;

import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.domain.user.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator.BlockPool;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator.FixedBlockPool;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id in PHC string form ({@code $argon2id$v=19$m=..,t=..,p=..$salt$hash}) for new hashes;
 * Argon2i and the formats of {@link ImportedHashes} (bcrypt, scrypt, PBKDF2-SHA256) are verified
 * for imported users and flagged for re-hashing, as is Argon2id with other parameters than the
 * configured ones.
 */
public final class Argon2PasswordHasher implements PasswordHasher {
  private static final Pattern PHC =
      Pattern.compile(
          "^\\$argon2(id|i)\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)$");
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;

  /** Stored hashes may cost at most this much more than new ones (memory, iterations). */
  private static final int MEMORY_FACTOR = 4;

  private static final int ITERATIONS_FACTOR = 10;
  private static final int MAX_MEMORY_KIB = 256 * 1024;
  private static final int MAX_PARALLELISM = 8;
  private static final int MAX_STORED_BYTES = 64;

  /** Blocks a hash takes from the pool besides its memory (the compression function's scratch). */
  private static final int WORK_BLOCKS = 4;

  private final int memoryKib;
  private final int iterations;
  private final int parallelism;
  private final SecureRandom random = new SecureRandom();
  private final BlockPool blocks;
  private final PasswordHash dummy;

  public Argon2PasswordHasher(int memoryKib, int iterations, int parallelism) {
    this(memoryKib, iterations, parallelism, 1);
  }

  /**
   * @param concurrentHashes how many hashes run at once at most (the bulkhead's permits): the
   *     memory blocks of that many hashes are kept and reused, so a login allocates no 7 MiB of
   *     garbage for the collector to copy (Bouncy Castle zeroes a block before it returns to the
   *     pool)
   */
  public Argon2PasswordHasher(
      int memoryKib, int iterations, int parallelism, int concurrentHashes) {
    this.memoryKib = memoryKib;
    this.iterations = iterations;
    this.parallelism = parallelism;
    this.blocks =
        new FixedBlockPool(
            concurrentHashes
                * (Argon2BytesGenerator.getBlockCount(memoryKib, parallelism) + WORK_BLOCKS));
    // Verifying against random bytes in the shape of a hash of the configured cost runs the same
    // Argon2 work as a real verification, from the first login on, without hashing anything at
    // start (one hash of CPU and a memory-cost block of heap less before ready). No password
    // derives to 32 random bytes.
    this.dummy = phc(randomBytes(SALT_BYTES), randomBytes(HASH_BYTES));
  }

  @Override
  public PasswordHash hash(String password) {
    byte[] salt = randomBytes(SALT_BYTES);
    byte[] hash =
        argon2(
            Argon2Parameters.ARGON2_id,
            password,
            salt,
            memoryKib,
            iterations,
            parallelism,
            HASH_BYTES);
    return phc(salt, hash);
  }

  private PasswordHash phc(byte[] salt, byte[] hash) {
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return new PasswordHash(
        "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s"
            .formatted(
                memoryKib,
                iterations,
                parallelism,
                b64.encodeToString(salt),
                b64.encodeToString(hash)));
  }

  private byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  @Override
  public boolean verify(String password, PasswordHash stored) {
    String value = stored.value();
    Matcher phc = PHC.matcher(value);
    if (phc.matches()) {
      try {
        return verifyArgon2(password, phc);
      } catch (RuntimeException corrupt) {
        // A damaged stored hash is a failed login, never a server error.
        return false;
      }
    }
    return ImportedHashes.verify(password, value).orElse(false);
  }

  @Override
  public boolean recognises(PasswordHash stored) {
    return PHC.matcher(stored.value()).matches() || ImportedHashes.recognises(stored.value());
  }

  private boolean verifyArgon2(String password, Matcher phc) {
    int type = "id".equals(phc.group(1)) ? Argon2Parameters.ARGON2_id : Argon2Parameters.ARGON2_i;
    int storedMemoryKib = Integer.parseInt(phc.group(2));
    int storedIterations = Integer.parseInt(phc.group(3));
    int storedParallelism = Integer.parseInt(phc.group(4));
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] salt = b64.decode(phc.group(5));
    byte[] expected = b64.decode(phc.group(6));
    if (!withinCap(storedMemoryKib, storedIterations, storedParallelism)
        || salt.length > MAX_STORED_BYTES
        || expected.length > MAX_STORED_BYTES) {
      // A tampered row must not make one login allocate gigabytes or spin for minutes.
      return false;
    }
    byte[] actual =
        argon2(
            type,
            password,
            salt,
            storedMemoryKib,
            storedIterations,
            storedParallelism,
            expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  /**
   * Near the configured cost: memory at most 4x (and 256 MiB), iterations at most 10x, parallelism
   * at most 8; the configured cost itself is always allowed.
   */
  boolean withinCap(int storedMemoryKib, int storedIterations, int storedParallelism) {
    long memoryCap =
        Math.max(memoryKib, Math.min((long) memoryKib * MEMORY_FACTOR, MAX_MEMORY_KIB));
    long iterationsCap = (long) iterations * ITERATIONS_FACTOR;
    int parallelismCap = Math.max(parallelism, MAX_PARALLELISM);
    return storedMemoryKib <= memoryCap
        && storedIterations <= iterationsCap
        && storedParallelism <= parallelismCap;
  }

  @Override
  public boolean needsRehash(PasswordHash stored) {
    Matcher phc = PHC.matcher(stored.value());
    return !phc.matches()
        || !"id".equals(phc.group(1))
        || Integer.parseInt(phc.group(2)) != memoryKib
        || Integer.parseInt(phc.group(3)) != iterations
        || Integer.parseInt(phc.group(4)) != parallelism;
  }

  @Override
  public void verifyDummy(String password) {
    verify(password, dummy);
  }

  /** What {@link #verifyDummy} verifies against (its tests check its shape). */
  PasswordHash dummy() {
    return dummy;
  }

  private byte[] argon2(
      int type,
      String password,
      byte[] salt,
      int memoryKib,
      int iterations,
      int parallelism,
      int length) {
    Argon2Parameters parameters =
        new Argon2Parameters.Builder(type)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memoryKib)
            .withIterations(iterations)
            .withParallelism(parallelism)
            .withSalt(salt)
            .withBlockPool(blocks)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] out = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
