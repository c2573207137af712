package io.tenantry.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  private static final Email UMA = new Email("uma.user@acme.test");
  private final PasswordPolicy policy =
      new PasswordPolicy(new FakeCommonPasswords("passwordpassword", "123456789012"));

  @Test
  void shouldAcceptAGoodPassword() {
    assertThatCode(() -> policy.check("violet-harbour-lantern", UMA, "password"))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldAcceptTwelveAndTwoHundredFiftySixCodePoints() {
    assertThatCode(() -> policy.check("k".repeat(12), UMA, "password")).doesNotThrowAnyException();
    assertThatCode(() -> policy.check("k".repeat(256), UMA, "password")).doesNotThrowAnyException();
  }

  @Test
  void shouldRejectElevenCodePoints() {
    assertWeak(() -> policy.check("k".repeat(11), UMA, "password"), "password");
  }

  @Test
  void shouldRejectMoreThanTwoHundredFiftySixCodePoints() {
    assertWeak(() -> policy.check("k".repeat(257), UMA, "password"), "password");
  }

  @Test
  void shouldCountCodePointsNotUtf16Units() {
    String sixEmoji = "\uD83D\uDD11".repeat(6); // 12 UTF-16 units, 6 code points
    String twelveEmoji = "\uD83D\uDD11".repeat(12);

    assertWeak(() -> policy.check(sixEmoji, UMA, "password"), "password");
    assertThatCode(() -> policy.check(twelveEmoji, UMA, "password")).doesNotThrowAnyException();
    String hundredFiftyEmoji = "\uD83D\uDD11".repeat(150); // 300 units, 150 code points
    assertThatCode(() -> policy.check(hundredFiftyEmoji, UMA, "password"))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldRejectACommonPasswordWhateverItsCase() {
    assertWeak(() -> policy.check("PasswordPassword", UMA, "new_password"), "new_password");
  }

  @Test
  void shouldRejectAPasswordContainingTheEmailLocalPart() {
    assertWeak(() -> policy.check("my-UMA.USER-is-great", UMA, "password"), "password");
  }

  @Test
  void shouldIgnoreVeryShortLocalParts() {
    Email shortLocal = new Email("jo@acme.test");

    assertThatCode(() -> policy.check("jo-violet-harbour", shortLocal, "password"))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldRejectAMissingPasswordAsInvalidInput() {
    assertThatThrownBy(() -> policy.check(null, UMA, "password"))
        .isInstanceOf(RuleViolationException.class);
  }

  private static void assertWeak(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable check, String field) {
    assertThatThrownBy(check)
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.code()).isEqualTo("weak_password");
              assertThat(e.errors().get(0).field()).isEqualTo(field);
            });
  }
}
