package io.tenantry.application.fakes;

import io.tenantry.application.mfa.Totp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.OptionalLong;

/**
 * A stand-in for RFC 6238 that tests can compute by hand: the code of step {@code s} is {@code s}
 * modulo a million, six digits; the secret is a fixed 20 bytes.
 */
public final class FakeTotp implements Totp {
  @Override
  public byte[] newSecret() {
    return new byte[20];
  }

  @Override
  public String encode(byte[] secret) {
    return HexFormat.of().formatHex(secret);
  }

  @Override
  public OptionalLong matchingStep(byte[] secret, String code, Instant now) {
    long step = now.getEpochSecond() / 30;
    for (long s = step - 1; s <= step + 1; s++) {
      if (codeOf(s).equals(code)) {
        return OptionalLong.of(s);
      }
    }
    return OptionalLong.empty();
  }

  public static String codeOf(long step) {
    return String.format("%06d", step % 1_000_000);
  }

  public static String codeAt(Instant now) {
    return codeOf(now.getEpochSecond() / 30);
  }
}
