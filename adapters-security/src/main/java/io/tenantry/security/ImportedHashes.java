package io.tenantry.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.generators.SCrypt;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The hash formats other systems hand over when their users move here, verified with Bouncy Castle:
 * bcrypt ({@code $2a$}, {@code $2b$}, {@code $2y$}), scrypt ({@code
 * $scrypt$ln=..,r=..,p=..$salt$hash}) and PBKDF2-SHA256 in passlib's form ({@code
 * $pbkdf2-sha256$rounds$salt$hash}, adapted base64). Costs are capped so that a hostile import
 * cannot make one login allocate gigabytes or spin for minutes. Such hashes are re-hashed to
 * Argon2id on the first successful login.
 */
final class ImportedHashes {
  private static final Pattern BCRYPT = Pattern.compile("^\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}$");
  private static final Pattern SCRYPT =
      Pattern.compile(
          "^\\$scrypt\\$ln=(\\d{1,2}),r=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/.]+)\\$([A-Za-z0-9+/.]+)$");
  private static final Pattern PBKDF2 =
      Pattern.compile("^\\$pbkdf2-sha256\\$(\\d{1,8})\\$([A-Za-z0-9+/.]*)\\$([A-Za-z0-9+/.]+)$");

  /** scrypt needs 128·N·r bytes: at most 2^17 · 8 · 128 = 128 MiB. */
  private static final int MAX_SCRYPT_LN = 17;

  private static final int MAX_SCRYPT_R = 16;
  private static final int MAX_SCRYPT_P = 4;
  private static final long MAX_SCRYPT_BYTES = 128L * 1024 * 1024;
  private static final int MAX_PBKDF2_ROUNDS = 2_000_000;
  private static final int MAX_STORED_BYTES = 64;

  private ImportedHashes() {}

  static boolean recognises(String stored) {
    return BCRYPT.matcher(stored).matches()
        || SCRYPT.matcher(stored).matches()
        || PBKDF2.matcher(stored).matches();
  }

  /** Whether the password matches; empty when the stored value is none of these formats. */
  static Optional<Boolean> verify(String password, String stored) {
    try {
      if (BCRYPT.matcher(stored).matches()) {
        return Optional.of(OpenBSDBCrypt.checkPassword(stored, password.toCharArray()));
      }
      Matcher scrypt = SCRYPT.matcher(stored);
      if (scrypt.matches()) {
        return Optional.of(verifyScrypt(password, scrypt));
      }
      Matcher pbkdf2 = PBKDF2.matcher(stored);
      if (pbkdf2.matches()) {
        return Optional.of(verifyPbkdf2(password, pbkdf2));
      }
    } catch (RuntimeException corruptOrTooLong) {
      // A damaged stored hash is a failed login, never a server error.
      return Optional.of(false);
    }
    return Optional.empty();
  }

  private static boolean verifyScrypt(String password, Matcher m) {
    int ln = Integer.parseInt(m.group(1));
    int r = Integer.parseInt(m.group(2));
    int p = Integer.parseInt(m.group(3));
    byte[] salt = adaptedBase64(m.group(4));
    byte[] expected = adaptedBase64(m.group(5));
    if (ln < 1
        || ln > MAX_SCRYPT_LN
        || r < 1
        || r > MAX_SCRYPT_R
        || p < 1
        || p > MAX_SCRYPT_P
        || 128L * (1L << ln) * r > MAX_SCRYPT_BYTES
        || tooLong(salt, expected)) {
      return false;
    }
    byte[] actual = SCrypt.generate(utf8(password), salt, 1 << ln, r, p, expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  private static boolean verifyPbkdf2(String password, Matcher m) {
    int rounds = Integer.parseInt(m.group(1));
    byte[] salt = adaptedBase64(m.group(2));
    byte[] expected = adaptedBase64(m.group(3));
    if (rounds < 1 || rounds > MAX_PBKDF2_ROUNDS || tooLong(salt, expected)) {
      return false;
    }
    PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA256Digest());
    generator.init(utf8(password), salt, rounds);
    byte[] actual =
        ((KeyParameter) generator.generateDerivedMacParameters(expected.length * 8)).getKey();
    return MessageDigest.isEqual(expected, actual);
  }

  private static boolean tooLong(byte[] salt, byte[] hash) {
    return salt.length > MAX_STORED_BYTES || hash.length == 0 || hash.length > MAX_STORED_BYTES;
  }

  /** Standard base64 without padding, or passlib's adapted form ({@code .} for {@code +}). */
  private static byte[] adaptedBase64(String text) {
    return Base64.getDecoder().decode(text.replace('.', '+'));
  }

  private static byte[] utf8(String password) {
    return password.getBytes(StandardCharsets.UTF_8);
  }
}
