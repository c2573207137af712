package io.tenantry.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TenantNameTest {

  @Test
  void shouldTrimSurroundingWhitespace() {
    assertThat(new TenantName("  Acme Corp ").value()).isEqualTo("Acme Corp");
  }

  @Test
  void shouldAcceptHundredCharacters() {
    assertThat(new TenantName("a".repeat(100)).value()).hasSize(100);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void shouldRejectMissingOrBlankNames(String raw) {
    assertThatThrownBy(() -> new TenantName(raw))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("name"));
  }

  @Test
  void shouldRejectMoreThanHundredCharacters() {
    assertThatThrownBy(() -> new TenantName("a".repeat(101)))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void shouldRejectControlCharacters() {
    assertThatThrownBy(() -> new TenantName("Acme\u0007Corp"))
        .isInstanceOf(RuleViolationException.class);
  }
}
