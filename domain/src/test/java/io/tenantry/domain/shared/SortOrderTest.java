package io.tenantry.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SortOrderTest {
  private static final Set<String> ALLOWED = Set.of("email", "created_at");
  private static final SortOrder FALLBACK = new SortOrder("created_at", true);

  @Test
  void shouldParseFieldAndDirection() {
    assertThat(SortOrder.parse("email,desc", ALLOWED, FALLBACK))
        .isEqualTo(new SortOrder("email", false));
    assertThat(SortOrder.parse("email,ASC", ALLOWED, FALLBACK))
        .isEqualTo(new SortOrder("email", true));
  }

  @Test
  void shouldDefaultToAscending() {
    assertThat(SortOrder.parse("email", ALLOWED, FALLBACK)).isEqualTo(new SortOrder("email", true));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void shouldFallBackWhenAbsent(String raw) {
    assertThat(SortOrder.parse(raw, ALLOWED, FALLBACK)).isSameAs(FALLBACK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"password_hash", "Email", "email;drop", ",asc"})
  void shouldRejectUnknownFields(String raw) {
    assertThatThrownBy(() -> SortOrder.parse(raw, ALLOWED, FALLBACK))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.code()).isEqualTo("validation_failed");
              assertThat(e.errors().get(0).field()).isEqualTo("sort");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"email,up", "email,", "email,asc,desc", "email,ascending"})
  void shouldRejectBadDirections(String raw) {
    assertThatThrownBy(() -> SortOrder.parse(raw, ALLOWED, FALLBACK))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("sort"));
  }
}
