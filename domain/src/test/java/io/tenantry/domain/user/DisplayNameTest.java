package io.tenantry.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayNameTest {

  @Test
  void shouldTrimSurroundingWhitespace() {
    assertThat(new DisplayName("  Uma User  ").value()).isEqualTo("Uma User");
  }

  @Test
  void shouldAcceptOneToHundredCharacters() {
    assertThat(new DisplayName("U").value()).isEqualTo("U");
    assertThat(new DisplayName("u".repeat(100)).value()).hasSize(100);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void shouldRejectMissingOrBlankNames(String raw) {
    assertThatThrownBy(() -> new DisplayName(raw))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("displayName"));
  }

  @Test
  void shouldRejectMoreThanHundredCharacters() {
    assertThatThrownBy(() -> new DisplayName("u".repeat(101)))
        .isInstanceOf(RuleViolationException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Uma\u0000User", "Uma\nUser", "Uma\u001bUser", "Uma\u007fUser"})
  void shouldRejectControlCharacters(String raw) {
    assertThatThrownBy(() -> new DisplayName(raw))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.getMessage()).contains("control characters"));
  }
}
