package io.tenantry.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TenantSlugTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"acme", "abc", "a-1", "acme-corp-2", "a23456789012345678901234567890123456789"})
  void shouldAcceptSlugsMatchingThePattern(String raw) {
    assertThat(new TenantSlug(raw).value()).isEqualTo(raw);
  }

  @Test
  void shouldAcceptFortyCharactersButNotFortyOne() {
    assertThat(new TenantSlug("a" + "b".repeat(39)).value()).hasSize(40);
    assertThatThrownBy(() -> new TenantSlug("a" + "b".repeat(40)))
        .isInstanceOf(RuleViolationException.class);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "ab",
        "Acme",
        "1acme",
        "-acme",
        "acme_corp",
        "acme corp",
        "acme.io",
        " acme",
        "ächt"
      })
  void shouldRejectSlugsNotMatchingThePattern(String raw) {
    assertThatThrownBy(() -> new TenantSlug(raw))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("slug"));
  }

  @Test
  void shouldRecogniseTheSystemTenant() {
    assertThat(new TenantSlug("system")).isEqualTo(TenantSlug.SYSTEM);
    assertThat(new TenantSlug("system").isSystem()).isTrue();
    assertThat(new TenantSlug("systems").isSystem()).isFalse();
    assertThat(new TenantSlug("acme").isSystem()).isFalse();
  }
}
