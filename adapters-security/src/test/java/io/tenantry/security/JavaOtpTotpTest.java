package io.tenantry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The adapter against RFC 6238 appendix B (SHA-1), its drift window, and base32. */
class JavaOtpTotpTest {
  private static final byte[] RFC_SECRET =
      "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
  private final JavaOtpTotp totp = new JavaOtpTotp();

  @Test
  void shouldAcceptTheRfcCodesAsSixDigitsAtTheirStep() {
    // The RFC's 8-digit values, cut to the 6 digits authenticator apps show.
    assertThat(totp.matchingStep(RFC_SECRET, "287082", Instant.ofEpochSecond(59))).hasValue(1);
    assertThat(totp.matchingStep(RFC_SECRET, "081804", Instant.ofEpochSecond(1111111109)))
        .hasValue(37037036);
    assertThat(totp.matchingStep(RFC_SECRET, "050471", Instant.ofEpochSecond(1111111111)))
        .hasValue(37037037);
    assertThat(totp.matchingStep(RFC_SECRET, "279037", Instant.ofEpochSecond(2000000000)))
        .hasValue(66666666);
  }

  @Test
  void shouldAcceptOneStepOfDriftEitherWayButNotTwo() {
    Instant at = Instant.ofEpochSecond(59);

    assertThat(totp.matchingStep(RFC_SECRET, "287082", at.plusSeconds(30))).hasValue(1);
    assertThat(totp.matchingStep(RFC_SECRET, "287082", at.minusSeconds(30))).hasValue(1);
    assertThat(totp.matchingStep(RFC_SECRET, "287082", at.plusSeconds(60))).isEmpty();
    assertThat(totp.matchingStep(RFC_SECRET, "287083", at)).isEmpty();
  }

  @Test
  void shouldEncodeSecretsAsUnpaddedBase32() {
    assertThat(totp.encode(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(totp.newSecret()).hasSize(20).isNotEqualTo(totp.newSecret());
  }
}
