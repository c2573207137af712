package io.tenantry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.tenantry.domain.user.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Argon2PasswordHasherTest {
  private static final String PASSWORD = "correct horse battery staple";
  private static final byte[] SALT_16 = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  /** Small parameters keep the tests fast; the OWASP ones are checked once. */
  private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(1024, 1, 1);

  @Test
  void shouldProduceAPhcStringWithTheOwaspParameters() {
    Argon2PasswordHasher owasp = new Argon2PasswordHasher(19456, 2, 1);

    PasswordHash hash = owasp.hash(PASSWORD);

    assertThat(hash.value())
        .startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
        .matches("^\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$");
    assertThat(owasp.verify(PASSWORD, hash)).isTrue();
    assertThat(owasp.needsRehash(hash)).isFalse();
  }

  @Test
  void shouldSaltEveryHash() {
    PasswordHash first = hasher.hash(PASSWORD);
    PasswordHash second = hasher.hash(PASSWORD);

    assertThat(first.value()).isNotEqualTo(second.value());
    assertThat(salt(first)).isNotEqualTo(salt(second));
    assertThat(hasher.verify(PASSWORD, first)).isTrue();
    assertThat(hasher.verify(PASSWORD, second)).isTrue();
  }

  @Test
  void shouldVerifyTheRightPassword() {
    assertThat(hasher.verify(PASSWORD, hasher.hash(PASSWORD))).isTrue();
  }

  @Test
  void shouldRejectAWrongPassword() {
    PasswordHash hash = hasher.hash(PASSWORD);

    assertThat(hasher.verify("correct horse battery stapler", hash)).isFalse();
    assertThat(hasher.verify("Correct horse battery staple", hash)).isFalse();
    assertThat(hasher.verify("", hash)).isFalse();
  }

  @Test
  void shouldVerifyNonAsciiPasswords() {
    String password = "pässwörd-密码-🔑";
    PasswordHash hash = hasher.hash(password);

    assertThat(hasher.verify(password, hash)).isTrue();
    assertThat(hasher.verify("passwörd-密码-🔑", hash)).isFalse();
  }

  @Test
  void shouldVerifyAHashMadeWithOtherParameters() {
    Argon2PasswordHasher other = new Argon2PasswordHasher(2048, 2, 2);

    PasswordHash hash = other.hash(PASSWORD);

    assertThat(hasher.verify(PASSWORD, hash)).isTrue();
    assertThat(hasher.verify("wrong", hash)).isFalse();
  }

  @Test
  void shouldRefuseAStoredHashFarAboveTheConfiguredCost() {
    // Genuine hashes of the right password, only too expensive to check: each is a failed login.
    assertThat(hasher.verify(PASSWORD, new Argon2PasswordHasher(8192, 1, 1).hash(PASSWORD)))
        .isFalse();
    assertThat(hasher.verify(PASSWORD, new Argon2PasswordHasher(1024, 11, 1).hash(PASSWORD)))
        .isFalse();
    assertThat(hasher.verify(PASSWORD, new Argon2PasswordHasher(1024, 1, 9).hash(PASSWORD)))
        .isFalse();
    assertThat(hasher.verify(PASSWORD, new Argon2PasswordHasher(4096, 10, 8).hash(PASSWORD)))
        .as("at the cap itself")
        .isTrue();
  }

  @Test
  void shouldCapMemoryAt256MibWhateverTheConfiguredCost() {
    Argon2PasswordHasher heavy = new Argon2PasswordHasher(19456, 2, 1);
    assertThat(heavy.withinCap(4 * 19456, 2, 1)).isTrue();
    assertThat(heavy.withinCap(4 * 19456 + 1, 2, 1)).isFalse();
    Argon2PasswordHasher huge = new Argon2PasswordHasher(70 * 1024, 1, 1);
    assertThat(huge.withinCap(256 * 1024, 1, 1)).isTrue();
    assertThat(huge.withinCap(256 * 1024 + 1, 1, 1)).isFalse();
    assertThat(hasher.withinCap(1024 * 1024, 1, 1)).isFalse();
  }

  @Test
  void shouldNotNeedRehashForItsOwnParameters() {
    assertThat(hasher.needsRehash(hasher.hash(PASSWORD))).isFalse();
  }

  @Test
  void shouldNeedRehashForAHashMadeWithOtherParameters() {
    Argon2PasswordHasher owasp = new Argon2PasswordHasher(19456, 2, 1);

    assertThat(owasp.needsRehash(hasher.hash(PASSWORD))).isTrue();
    assertThat(hasher.needsRehash(new Argon2PasswordHasher(2048, 1, 1).hash(PASSWORD))).isTrue();
    assertThat(hasher.needsRehash(new Argon2PasswordHasher(1024, 2, 1).hash(PASSWORD))).isTrue();
    assertThat(hasher.needsRehash(new Argon2PasswordHasher(1024, 1, 2).hash(PASSWORD))).isTrue();
  }

  @Test
  void shouldNeedRehashForBcrypt() {
    PasswordHash bcrypt = bcrypt("2b", PASSWORD);

    assertThat(hasher.needsRehash(bcrypt)).isTrue();
  }

  @Test
  void shouldNeedRehashForAnUnknownFormat() {
    assertThat(hasher.needsRehash(new PasswordHash("plain-text"))).isTrue();
    assertThat(hasher.needsRehash(new PasswordHash(""))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2a", "2b", "2y"})
  void shouldVerifyBcryptHashes(String version) {
    PasswordHash bcrypt = bcrypt(version, PASSWORD);

    assertThat(bcrypt.value()).startsWith("$" + version + "$04$");
    assertThat(hasher.verify(PASSWORD, bcrypt)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2a", "2b", "2y"})
  void shouldRejectAWrongPasswordForBcryptHashes(String version) {
    PasswordHash bcrypt = bcrypt(version, PASSWORD);

    assertThat(hasher.verify("correct horse battery stapler", bcrypt)).isFalse();
    assertThat(hasher.verify("", bcrypt)).isFalse();
  }

  @Test
  void shouldRejectAPasswordLongerThanBcryptAcceptsWithoutThrowing() {
    PasswordHash bcrypt = bcrypt("2b", PASSWORD);
    String tooLong = "x".repeat(200);

    assertThat(hasher.verify(tooLong, bcrypt)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not a hash",
        "$argon2id$",
        "$argon2id$v=19$m=1024,t=1,p=1$",
        "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA",
        "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$",
        "$argon2id$v=18$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
        "$argon2i$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
        "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFz!GhhcmhoYXNoaGFzaA",
        "$2b$04$tooShort",
        "$2x$04$abcdefghijklmnopqrstuuabcdefghijklmnopqrstuvwxyz01234",
        "$5$rounds=5000$salt$hash",
        "$argon2id$v=19$m=1024,t=1,p=1$AA$aGFzaGhhc2hoYXNoaGFzaA",
        "$argon2id$v=19$m=0,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
      })
  void shouldVerifyAMalformedHashAsFalseWithoutThrowing(String stored) {
    assertThat(hasher.verify(PASSWORD, new PasswordHash(stored))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // base64 of invalid length (one character: 6 bits cannot make a byte)
        "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$A",
        "$argon2id$v=19$m=1024,t=1,p=1$c$aGFzaGhhc2hoYXNoaGFzaA",
        // a one-byte hash part: shorter than Argon2's minimum output length
        "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$AA",
        // impossible parameters
        "$argon2id$v=19$m=1024,t=1,p=0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
        "$argon2id$v=19$m=1024,t=0,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
      })
  void shouldVerifyAStructurallyValidButCorruptPhcStringAsFalseWithoutThrowing(String stored) {
    // Each of these matches the PHC pattern, so it reaches Base64 decoding and Argon2 itself.
    assertThatCode(() -> hasher.verify(PASSWORD, new PasswordHash(stored)))
        .doesNotThrowAnyException();
    assertThat(hasher.verify(PASSWORD, new PasswordHash(stored))).isFalse();
  }

  @Test
  void shouldSpendAVerificationOnTheDummyWithoutThrowing() {
    assertThatCode(() -> hasher.verifyDummy(PASSWORD)).doesNotThrowAnyException();
    assertThatCode(() -> hasher.verifyDummy("")).doesNotThrowAnyException();
  }

  @Test
  void shouldKeepTheDummyInTheShapeOfAHashOfTheConfiguredCost() {
    // An unknown user's login costs what a known user's does only if the dummy goes through the
    // same Argon2id verification at the configured cost (it is not computed at start any more).
    Argon2PasswordHasher owasp = new Argon2PasswordHasher(19456, 2, 1);
    assertThat(owasp.dummy().value()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(owasp.recognises(owasp.dummy())).isTrue();
    assertThat(owasp.needsRehash(owasp.dummy())).isFalse();
    assertThat(owasp.verify(PASSWORD, owasp.dummy())).isFalse();
    assertThat(owasp.dummy()).isNotEqualTo(new Argon2PasswordHasher(19456, 2, 1).dummy());
  }

  /**
   * The reference implementation's Argon2id vector (phc-winner-argon2, test.c): "password", salt
   * "somesalt", m=64 MiB, t=2, p=1, verified again from the pooled, zeroed blocks of the first run.
   */
  @Test
  void shouldMatchTheReferenceVectorAgainWhenItsMemoryIsReused() {
    PasswordHash reference =
        new PasswordHash(
            "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc");
    Argon2PasswordHasher pooled = new Argon2PasswordHasher(19456, 2, 1, 1);
    assertThat(pooled.verify("password", reference)).isTrue();
    assertThat(pooled.verify("passwore", reference)).isFalse();
    assertThat(pooled.verify("password", reference)).isTrue();
  }

  @Test
  void shouldHashAndVerifyCorrectlyWhileThreadsShareTheBlockPool() throws Exception {
    Argon2PasswordHasher pooled = new Argon2PasswordHasher(1024, 1, 1, 2);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      Callable<Boolean> roundTrip =
          () -> {
            String password = UUID.randomUUID().toString();
            PasswordHash hash = pooled.hash(password);
            return pooled.verify(password, hash) && !pooled.verify(password + "x", hash);
          };
      for (Future<Boolean> result : threads.invokeAll(Collections.nCopies(32, roundTrip))) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static PasswordHash bcrypt(String version, String password) {
    return new PasswordHash(OpenBSDBCrypt.generate(version, password.toCharArray(), SALT_16, 4));
  }

  private static String salt(PasswordHash hash) {
    return hash.value().split("\\$")[4];
  }
}
