package io.tenantry.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenantry.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OneTimeTokenTest {
  private static final Instant NOW = Instant.parse("2026-01-31T12:00:00Z");
  private static final Instant EXPIRES = NOW.plus(Duration.ofDays(7));

  private final OneTimeToken invitation =
      OneTimeToken.issue(
          UserId.random(), TokenPurpose.INVITATION, TokenHash.of("secret"), NOW, EXPIRES);

  @Test
  void shouldBeRedeemableForItsPurposeBeforeExpiry() {
    assertThat(invitation.isRedeemable(TokenPurpose.INVITATION, NOW)).isTrue();
    assertThat(invitation.isRedeemable(TokenPurpose.INVITATION, EXPIRES.minusSeconds(1))).isTrue();
  }

  @Test
  void shouldNotBeRedeemableForAnotherPurpose() {
    assertThat(invitation.isRedeemable(TokenPurpose.PASSWORD_RESET, NOW)).isFalse();
    assertThat(invitation.isRedeemable(TokenPurpose.EMAIL_VERIFICATION, NOW)).isFalse();
  }

  @Test
  void shouldNotBeRedeemableFromItsExpiryOn() {
    assertThat(invitation.isRedeemable(TokenPurpose.INVITATION, EXPIRES)).isFalse();
    assertThat(invitation.isRedeemable(TokenPurpose.INVITATION, EXPIRES.plusSeconds(1))).isFalse();
  }

  @Test
  void shouldNotBeRedeemableOnceUsed() {
    invitation.markUsed(NOW.plusSeconds(5));

    assertThat(invitation.isRedeemable(TokenPurpose.INVITATION, NOW.plusSeconds(6))).isFalse();
    assertThat(invitation.usedAt()).contains(NOW.plusSeconds(5));
  }

  @Test
  void shouldHaveSensibleDefaultLifetimes() {
    assertThat(TokenPurpose.INVITATION.defaultLifetime()).isEqualTo(Duration.ofDays(7));
    assertThat(TokenPurpose.PASSWORD_RESET.defaultLifetime()).isEqualTo(Duration.ofHours(1));
  }
}
