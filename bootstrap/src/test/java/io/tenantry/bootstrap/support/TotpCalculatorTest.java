package io.tenantry.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tests' own TOTP agrees with RFC 6238 appendix B (SHA-1) and base32 with RFC 4648. */
class TotpCalculatorTest {
  private static final byte[] RFC_SECRET =
      "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void shouldMatchTheRfc6238TestVectors(long seconds, String expected) {
    long step = TotpCalculator.stepAt(Instant.ofEpochSecond(seconds));

    assertThat(TotpCalculator.code(RFC_SECRET, step, 8)).isEqualTo(expected);
    assertThat(TotpCalculator.code(RFC_SECRET, step, 6)).isEqualTo(expected.substring(2));
  }

  @Test
  void shouldDecodeBase32AsRfc4648() {
    assertThat(TotpCalculator.decodeBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"))
        .isEqualTo(RFC_SECRET);
    assertThat(
            new String(TotpCalculator.decodeBase32("MZXW6YTBOI======"), StandardCharsets.US_ASCII))
        .isEqualTo("foobar");
  }
}
