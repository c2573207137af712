package io.tenantry.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenantry.domain.user.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.bouncycastle.crypto.generators.SCrypt;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hashes as other systems store them, made here by independent generators (Bouncy Castle's own, the
 * JDK's PBKDF2), verified and flagged for re-hashing by the hasher.
 */
class ImportedHashesTest {
  private static final String PASSWORD = "their old passphrase ü";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

  private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(19456, 2, 1);

  static String bcrypt(String password) {
    return OpenBSDBCrypt.generate("2b", password.toCharArray(), salt(16), 6);
  }

  static String scrypt(String password, int ln) {
    byte[] salt = salt(16);
    byte[] hash =
        SCrypt.generate(password.getBytes(StandardCharsets.UTF_8), salt, 1 << ln, 8, 1, 32);
    return "$scrypt$ln="
        + ln
        + ",r=8,p=1$"
        + B64.encodeToString(salt)
        + "$"
        + B64.encodeToString(hash);
  }

  /** passlib's pbkdf2_sha256 form: adapted base64 ('.' for '+', no padding). */
  static String pbkdf2(String password, int rounds) throws Exception {
    byte[] salt = salt(16);
    byte[] hash =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(new PBEKeySpec(password.toCharArray(), salt, rounds, 256))
            .getEncoded();
    return "$pbkdf2-sha256$" + rounds + "$" + ab64(salt) + "$" + ab64(hash);
  }

  static String argon2i(String password) {
    byte[] salt = salt(16);
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_i)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(4096)
            .withIterations(3)
            .withParallelism(1)
            .withSalt(salt)
            .build());
    byte[] hash = new byte[32];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), hash);
    return "$argon2i$v=19$m=4096,t=3,p=1$"
        + B64.encodeToString(salt)
        + "$"
        + B64.encodeToString(hash);
  }

  @Test
  void shouldVerifyEachImportedFormatAndAskForARehash() throws Exception {
    for (String stored :
        new String[] {
          bcrypt(PASSWORD), scrypt(PASSWORD, 10), pbkdf2(PASSWORD, 29000), argon2i(PASSWORD)
        }) {
      PasswordHash hash = new PasswordHash(stored);
      assertThat(hasher.recognises(hash)).as(stored).isTrue();
      assertThat(hasher.verify(PASSWORD, hash)).as(stored).isTrue();
      assertThat(hasher.verify(PASSWORD + "!", hash)).as(stored).isFalse();
      assertThat(hasher.needsRehash(hash)).as(stored).isTrue();
    }
  }

  @Test
  void shouldRecogniseItsOwnArgon2idHashesWithoutARehash() {
    PasswordHash own = hasher.hash(PASSWORD);
    assertThat(hasher.recognises(own)).isTrue();
    assertThat(hasher.needsRehash(own)).isFalse();
  }

  @Test
  void shouldRefuseScryptCostsThatWouldExhaustMemory() {
    // ln=20 with r=8 needs 1 GiB: refused without computing, as a failed login.
    String stored = scrypt(PASSWORD, 10).replace("ln=10", "ln=20");
    assertThat(hasher.verify(PASSWORD, new PasswordHash(stored))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "$md5$abc$def",
        "plain text",
        "$1$saltsalt$hashhashhashhashhashha",
        "$pbkdf2-sha1$29000$abc$def",
        "$scrypt$ln=x,r=8,p=1$abc$def"
      })
  void shouldNotRecogniseOtherFormats(String stored) {
    assertThat(hasher.recognises(new PasswordHash(stored))).isFalse();
    assertThat(hasher.verify(PASSWORD, new PasswordHash(stored))).isFalse();
  }

  @Test
  void shouldVerifyAMalformedImportedHashAsFalseWithoutThrowing() {
    assertThat(hasher.verify(PASSWORD, new PasswordHash("$pbkdf2-sha256$29000$***$abc"))).isFalse();
    assertThat(hasher.verify(PASSWORD, new PasswordHash("$scrypt$ln=10,r=8,p=1$a$b"))).isFalse();
  }

  private static String ab64(byte[] bytes) {
    return B64.encodeToString(bytes).replace('+', '.');
  }

  private static byte[] salt(int length) {
    byte[] salt = new byte[length];
    RANDOM.nextBytes(salt);
    return salt;
  }
}
