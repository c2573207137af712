package io.tenantry.domain.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenantry.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A code's time step is accepted once, and never one older than the last accepted. */
class TotpFactorTest {
  private static final Instant NOW = Instant.parse("2026-01-31T12:00:00Z");

  @Test
  void shouldAcceptEachStepOnceAndNoOlderOne() {
    TotpFactor factor = TotpFactor.pending(UserId.random(), "v1.sealed", NOW);

    assertThat(factor.accept(100)).isTrue();
    assertThat(factor.accept(100)).isFalse();
    assertThat(factor.accept(99)).isFalse();
    assertThat(factor.accept(101)).isTrue();
    assertThat(factor.lastUsedStep()).isEqualTo(101);
  }

  @Test
  void shouldBePendingUntilConfirmedAndNeverShowItsSecret() {
    TotpFactor factor = TotpFactor.pending(UserId.random(), "v1.sealed", NOW);
    assertThat(factor.isConfirmed()).isFalse();

    factor.confirm(NOW);

    assertThat(factor.isConfirmed()).isTrue();
    assertThat(factor.toString()).doesNotContain("v1.sealed");
  }

  @Test
  void shouldFormatRecoveryCodesAndCompareThemLoosely() {
    RecoveryCode code = RecoveryCode.fromRandom(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 31});

    assertThat(code.value()).matches("[a-z2-9]{5}-[a-z2-9]{5}").isEqualTo("abcde-fghi9");
    assertThat(RecoveryCode.hashOf(" ABCDE fghi9 ")).isEqualTo(code.hash());
    assertThat(RecoveryCode.hashOf("abcde-fghi8")).isNotEqualTo(code.hash());
    assertThat(code.toString()).doesNotContain("abcde");
  }
}
