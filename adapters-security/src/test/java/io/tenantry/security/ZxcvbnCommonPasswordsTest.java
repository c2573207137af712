package io.tenantry.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ZxcvbnCommonPasswordsTest {
  private static ZxcvbnCommonPasswords passwords;

  @BeforeAll
  static void load() {
    passwords = new ZxcvbnCommonPasswords();
  }

  @Test
  void shouldHoldAtLeastTenThousandPasswords() {
    assertThat(passwords.size()).isGreaterThanOrEqualTo(10_000);
  }

  @Test
  void shouldContainTheMostCommonPasswords() {
    assertThat(passwords.contains("password")).isTrue();
    assertThat(passwords.contains("123456")).isTrue();
    assertThat(passwords.contains("qwerty")).isTrue();
  }

  @Test
  void shouldIgnoreCase() {
    assertThat(passwords.contains("PassWord")).isTrue();
    assertThat(passwords.contains("PASSWORD")).isTrue();
  }

  @Test
  void shouldNotContainALongRandomPassphrase() {
    assertThat(passwords.contains("violet-anchor-tundra-87-quibble-marmalade")).isFalse();
    assertThat(passwords.contains("Xq7#vR2!pL9@wZ4$")).isFalse();
  }
}
