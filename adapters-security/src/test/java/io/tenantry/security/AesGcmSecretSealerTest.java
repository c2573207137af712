package io.tenantry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Sealed secrets open only with the same key and context, and never show the secret. */
class AesGcmSecretSealerTest {
  private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
  private final AesGcmSecretSealer sealer = new AesGcmSecretSealer(new byte[32]);

  @Test
  void shouldOpenWhatItSealedWithTheSameContext() {
    String sealed = sealer.seal(SECRET, "totp:t:u");

    assertThat(sealed).startsWith("v1.").doesNotContain("1234567890");
    assertThat(sealer.open(sealed, "totp:t:u")).isEqualTo(SECRET);
    assertThat(sealer.seal(SECRET, "totp:t:u")).isNotEqualTo(sealed); // a fresh nonce each time
  }

  @Test
  void shouldRefuseAnotherContextAnotherKeyOrATamperedValue() {
    String sealed = sealer.seal(SECRET, "totp:t:u");
    byte[] otherKey = new byte[32];
    otherKey[0] = 1;
    char last = sealed.charAt(sealed.length() - 2);
    String tampered =
        sealed.substring(0, sealed.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + sealed.charAt(sealed.length() - 1);

    assertThatThrownBy(() -> sealer.open(sealed, "totp:t:other"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new AesGcmSecretSealer(otherKey).open(sealed, "totp:t:u"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> sealer.open(tampered, "totp:t:u"))
        .isInstanceOf(IllegalStateException.class);
  }
}
