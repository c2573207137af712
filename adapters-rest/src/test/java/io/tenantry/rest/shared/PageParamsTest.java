package io.tenantry.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.shared.SortOrder;
import io.tenantry.domain.user.UserSort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageParamsTest {
  private static final SortOrder<UserSort> FALLBACK = SortOrder.asc(UserSort.CREATED_AT);

  @Test
  void shouldParseFieldAndDirection() {
    assertThat(PageParams.sortOrder("email,desc", UserSort.class, FALLBACK))
        .isEqualTo(SortOrder.desc(UserSort.EMAIL));
    assertThat(PageParams.sortOrder("display_name,ASC", UserSort.class, FALLBACK))
        .isEqualTo(SortOrder.asc(UserSort.DISPLAY_NAME));
  }

  @Test
  void shouldDefaultToAscending() {
    assertThat(PageParams.sortOrder("email", UserSort.class, FALLBACK))
        .isEqualTo(SortOrder.asc(UserSort.EMAIL));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void shouldFallBackWhenAbsent(String raw) {
    assertThat(PageParams.sortOrder(raw, UserSort.class, FALLBACK)).isSameAs(FALLBACK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"password_hash", "Email", "EMAIL", "email;drop", ",asc"})
  void shouldRejectUnknownFields(String raw) {
    assertThatThrownBy(() -> PageParams.sortOrder(raw, UserSort.class, FALLBACK))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.code()).isEqualTo("validation_failed");
              assertThat(e.errors().get(0).field()).isEqualTo("sort");
              assertThat(e.errors().get(0).message())
                  .isEqualTo(
                      "unknown sort field; allowed: created_at, display_name, email,"
                          + " last_login_at, status");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"email,up", "email,", "email,asc,desc", "email,ascending"})
  void shouldRejectBadDirections(String raw) {
    assertThatThrownBy(() -> PageParams.sortOrder(raw, UserSort.class, FALLBACK))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("sort"));
  }

  @Test
  void shouldDefaultToTheFirstPageOfTheDefaultSize() {
    PageRequest<UserSort> page =
        new PageParams(null, " ", null).toPageRequest(UserSort.class, FALLBACK);

    assertThat(page).isEqualTo(new PageRequest<>(0, PageRequest.DEFAULT_SIZE, FALLBACK));
  }

  @ParameterizedTest
  @ValueSource(strings = {"one", "1.5", "99999999999"})
  void shouldNameAPageThatIsNotAWholeNumber(String raw) {
    assertThatThrownBy(
            () -> new PageParams(raw, null, null).toPageRequest(UserSort.class, FALLBACK))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("page"));
  }
}
