package io.tenantry.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.domain.shared.RuleViolationException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTest {

  @Test
  void shouldParseSpaceSeparatedTokensIntoASortedSet() {
    Scope scope = Scope.parse("openid  profile email openid");

    assertThat(scope.value()).isEqualTo("email openid profile");
    assertThat(scope.contains("openid")).isTrue();
    assertThat(scope.within(Set.of("openid")).value()).isEqualTo("openid");
  }

  @Test
  void shouldTreatNothingAsTheEmptyScope() {
    assertThat(Scope.parse(null).isEmpty()).isTrue();
    assertThat(Scope.parse("  ").value()).isEmpty();
  }

  @Test
  void shouldRefuseCharactersRfc6749DoesNotAllow() {
    assertThatThrownBy(() -> Scope.parse("open\"id")).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> Scope.parse("a\\b")).isInstanceOf(RuleViolationException.class);
  }
}
