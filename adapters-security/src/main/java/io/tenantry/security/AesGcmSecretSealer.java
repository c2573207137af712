package io.tenantry.security;

import io.tenantry.application.mfa.SecretSealer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce per value and the context as associated data, so a sealed
 * value moved to another row (another user) fails to open. Format: {@code v1.<base64(nonce ||
 * ciphertext+tag)>}.
 */
public final class AesGcmSecretSealer implements SecretSealer {
  private static final String PREFIX = "v1.";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  public AesGcmSecretSealer(byte[] key) {
    if (key == null || key.length != 32) {
      throw new IllegalArgumentException("the MFA secret key is 32 bytes (AES-256)");
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
  }

  @Override
  public String seal(byte[] secret, String context) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, context, secret);
    ByteBuffer out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed);
    return PREFIX + Base64.getEncoder().encodeToString(out.array());
  }

  @Override
  public byte[] open(String sealed, String context) {
    if (sealed == null || !sealed.startsWith(PREFIX)) {
      throw new IllegalStateException("not a sealed secret of a known format");
    }
    byte[] raw = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
    ByteBuffer in = ByteBuffer.wrap(raw);
    byte[] nonce = new byte[NONCE_BYTES];
    in.get(nonce);
    byte[] body = new byte[in.remaining()];
    in.get(body);
    return run(Cipher.DECRYPT_MODE, nonce, context, body);
  }

  private byte[] run(int mode, byte[] nonce, String context, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      // A wrong key, a wrong context or a tampered value: never readable, never a silent zero.
      throw new IllegalStateException("the sealed secret cannot be opened", e);
    }
  }

  @Override
  public String toString() {
    return "AesGcmSecretSealer[redacted]";
  }
}
