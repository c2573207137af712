package io.tenantry.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiFieldNamesTest {

  @ParameterizedTest
  @CsvSource({
    "newPassword, new_password",
    "currentPassword, current_password",
    "displayName, display_name",
    "owner.password, owner.password",
    "owner.displayName, owner.display_name",
    "email, email",
    "actor_id, actor_id"
  })
  void shouldNameCoreFieldsAsTheApiDoes(String core, String api) {
    assertThat(ApiFieldNames.of(core)).isEqualTo(api);
  }
}
