package io.tenantry.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.domain.user.UserSort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {
  private static final SortOrder<UserSort> SORT = SortOrder.asc(UserSort.CREATED_AT);

  @ParameterizedTest
  @ValueSource(ints = {1, 20, 100})
  void shouldAcceptSizesFromOneToHundred(int size) {
    assertThat(new PageRequest<>(0, size, SORT).size()).isEqualTo(size);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 101})
  void shouldRejectSizesOutsideOneToHundred(int size) {
    assertThatThrownBy(() -> new PageRequest<>(0, size, SORT))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("size"));
  }

  @Test
  void shouldRejectANegativePage() {
    assertThatThrownBy(() -> new PageRequest<>(-1, 20, SORT))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("page"));
  }

  @Test
  void shouldRequireASortOrder() {
    assertThatThrownBy(() -> new PageRequest<>(0, 20, null))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void shouldComputeTheOffset() {
    assertThat(new PageRequest<>(3, 20, SORT).offset()).isEqualTo(60);
  }

  @ParameterizedTest
  @ValueSource(ints = {100_001, 21_474_837, Integer.MAX_VALUE})
  void shouldRejectPagesWhoseOffsetPassesTheCapWithoutOverflowing(int page) {
    assertThatThrownBy(() -> new PageRequest<>(page, 100, SORT))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("page"));
  }

  @Test
  void shouldAcceptTheDeepestPageUnderTheCap() {
    assertThat(new PageRequest<>(100_000, 100, SORT).offset()).isEqualTo(10_000_000);
  }
}
