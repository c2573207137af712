package io.tenantry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SignInTargetTest {

  @Test
  void shouldReturnToTheConsoleOnlyWhenItAskedAndToTheAccountOtherwise() {
    assertThat(SignInTarget.after("/console")).isEqualTo("/console");
    assertThat(SignInTarget.after(null)).isEqualTo("/account");
    assertThat(SignInTarget.after("https://evil.example/console")).isEqualTo("/account");
    assertThat(SignInTarget.after("//evil.example")).isEqualTo("/account");
  }

  @Test
  void shouldCarryOnlyAKnownTargetThroughTheForm() {
    assertThat(SignInTarget.hidden("/console")).isEqualTo(Map.of("next", "/console"));
    assertThat(SignInTarget.hidden("/console/../evil")).isEmpty();
  }
}
