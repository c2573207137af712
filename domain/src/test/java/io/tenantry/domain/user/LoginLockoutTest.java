package io.tenantry.domain.user;

import static io.tenantry.domain.user.UserTestData.NOW;
import static io.tenantry.domain.user.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Wrong passwords lock an account at the policy's limit; attempts while locked change nothing. */
class LoginLockoutTest {
  private static final LockoutPolicy POLICY = new LockoutPolicy(3, Duration.ofMinutes(15));

  @Test
  void shouldLockOnTheFailureThatReachesTheLimitAndStartTheCountAgain() {
    User user = aUser().build();

    assertThat(user.recordFailedLogin(NOW, POLICY)).isFalse();
    assertThat(user.recordFailedLogin(NOW, POLICY)).isFalse();
    assertThat(user.isLocked(NOW)).isFalse();
    assertThat(user.recordFailedLogin(NOW, POLICY)).isTrue();

    assertThat(user.isLocked(NOW)).isTrue();
    assertThat(user.lockedUntil()).contains(NOW.plus(Duration.ofMinutes(15)));
    assertThat(user.snapshot().failedLogins()).isZero();
  }

  @Test
  void shouldNeitherCountNorExtendWhileLocked() {
    User user = aUser().lockedUntil(NOW.plusSeconds(60)).build();

    assertThat(user.recordFailedLogin(NOW, POLICY)).isFalse();

    assertThat(user.lockedUntil()).contains(NOW.plusSeconds(60));
    assertThat(user.snapshot().failedLogins()).isZero();
  }

  @Test
  void shouldForgetTheFailuresOnACorrectPassword() {
    User user = aUser().build();
    user.recordFailedLogin(NOW, POLICY);
    user.recordFailedLogin(NOW, POLICY);

    user.recordCorrectPassword();

    assertThat(user.recordFailedLogin(NOW, POLICY)).isFalse();
    assertThat(user.snapshot().failedLogins()).isEqualTo(1);
  }

  @Test
  void shouldCountAgainOnceALockHasEnded() {
    LoginLockout ended = new LoginLockout(0, NOW.minusSeconds(1));

    LoginLockout next = ended.afterFailure(NOW, POLICY);

    assertThat(next.isLocked(NOW)).isFalse();
    assertThat(next.failedLogins()).isEqualTo(1);
    assertThat(LoginLockout.NONE.isLocked(NOW)).isFalse();
  }
}
