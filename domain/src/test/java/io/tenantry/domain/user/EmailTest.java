package io.tenantry.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

  @Test
  void shouldTrimAndLowerCase() {
    assertThat(new Email("  Uma.User@ACME.Test \t").value()).isEqualTo("uma.user@acme.test");
  }

  @Test
  void shouldBeEqualRegardlessOfCase() {
    assertThat(new Email("UMA@acme.test")).isEqualTo(new Email("uma@ACME.TEST"));
  }

  @Test
  void shouldExposeTheLocalPart() {
    assertThat(new Email("uma.user+tag@acme.test").localPart()).isEqualTo("uma.user+tag");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "   ",
        "uma",
        "uma@",
        "@acme.test",
        "uma@acme",
        "uma@@acme.test",
        "uma user@acme.test",
        "uma@acme..test",
        "uma@-acme.test",
        "uma@acme.test."
      })
  void shouldRejectMalformedAddresses(String raw) {
    assertThatThrownBy(() -> new Email(raw))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.code()).isEqualTo("validation_failed");
              assertThat(e.errors())
                  .extracting(RuleViolationException.FieldError::field)
                  .containsExactly("email");
            });
  }

  @Test
  void shouldAcceptAnAddressOfExactly254Characters() {
    String address = longAddress(254);

    assertThat(new Email(address).value()).hasSize(254);
  }

  @Test
  void shouldRejectAnAddressLongerThan254Characters() {
    String address = longAddress(255);

    assertThatThrownBy(() -> new Email(address)).isInstanceOf(RuleViolationException.class);
  }

  @Test
  void shouldRejectALocalPartLongerThan64Characters() {
    assertThatThrownBy(() -> new Email("u".repeat(65) + "@acme.test"))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void shouldPrintTheAddress() {
    assertThat(new Email("uma@acme.test")).hasToString("uma@acme.test");
  }

  /**
   * A valid address of {@code length} characters: 64-character local part, labels of at most 63.
   */
  private static String longAddress(int length) {
    String local = "u".repeat(64);
    int domainLength = length - local.length() - 1;
    StringBuilder domain = new StringBuilder();
    while (domainLength - domain.length() > 63 + 1 + 2) {
      domain.append("d".repeat(63)).append('.');
    }
    domain.append("e".repeat(domainLength - domain.length() - 3)).append(".io");
    String address = local + "@" + domain;
    assertThat(address).hasSize(length);
    return address;
  }
}
