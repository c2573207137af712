package io.tenantry.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.domain.shared.RuleViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

  @ParameterizedTest
  @ValueSource(strings = {"owner", "admin", "member", "platform_admin"})
  void shouldAcceptTheBuiltInRoles(String name) {
    assertThat(new Role(name).name()).isEqualTo(name);
    assertThat(new Role(name).isBuiltIn()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"root", "superuser", "support", "l2_support-eu", "ab"})
  void shouldAcceptWellFormedNamesOfATenantsOwnRolesAsNotBuiltIn(String name) {
    assertThat(new Role(name).isBuiltIn()).isFalse();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "Owner",
        "ADMIN",
        " member",
        "a",
        "1st",
        "_x",
        "sup port",
        "abcdefghijabcdefghijabcdefghijabcdefghijk"
      })
  void shouldRejectMalformedRoleNames(String name) {
    assertThatThrownBy(() -> new Role(name))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.code()).isEqualTo("validation_failed");
              assertThat(e.errors().get(0).field()).isEqualTo("roles");
            });
  }
}
