package io.tenantry.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import io.tenantry.application.mfa.Totp;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.util.encoders.Base32;

/**
 * RFC 6238 (SHA-1, 6 digits, 30 s) with java-otp; secrets of 160 random bits; base32 by Bouncy
 * Castle. A code is compared in constant time against the steps now−1, now and now+1.
 */
public final class JavaOtpTotp implements Totp {
  private static final Duration STEP = Duration.ofSeconds(30);
  private static final int SECRET_BYTES = 20;

  private final TimeBasedOneTimePasswordGenerator generator =
      new TimeBasedOneTimePasswordGenerator(
          STEP, 6, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
  private final SecureRandom random = new SecureRandom();

  @Override
  public byte[] newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    return secret;
  }

  @Override
  public String encode(byte[] secret) {
    // 160 bits are exactly 32 base32 characters: no padding to strip, but strip it anyway.
    return Base32.toBase32String(secret).replace("=", "").toUpperCase(Locale.ROOT);
  }

  @Override
  public OptionalLong matchingStep(byte[] secret, String code, Instant now) {
    SecretKeySpec key = new SecretKeySpec(secret, "RAW");
    long current = now.getEpochSecond() / STEP.getSeconds();
    OptionalLong match = OptionalLong.empty();
    for (long step = current - 1; step <= current + 1; step++) {
      String expected = codeAt(key, Instant.ofEpochSecond(step * STEP.getSeconds()));
      // Every step is compared, and in constant time, so timing tells nothing about the code.
      if (MessageDigest.isEqual(expected.getBytes(), code.getBytes()) && match.isEmpty()) {
        match = OptionalLong.of(step);
      }
    }
    return match;
  }

  private String codeAt(SecretKeySpec key, Instant time) {
    try {
      return generator.generateOneTimePasswordString(key, time, Locale.ROOT);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("a raw HMAC key is always valid", e);
    }
  }

  @Override
  public String toString() {
    return "JavaOtpTotp[SHA1, 6 digits, 30 s, ±1 step]";
  }
}
