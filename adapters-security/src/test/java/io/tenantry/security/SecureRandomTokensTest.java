package io.tenantry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecureRandomTokensTest {
  private final SecureRandomTokens tokens = new SecureRandomTokens();

  @Test
  void shouldMakeA256BitBase64UrlSecretWithoutPadding() {
    String secret = tokens.newSecret();

    assertThat(secret).hasSize(43).matches("^[A-Za-z0-9_-]{43}$");
  }

  @Test
  void shouldNeverRepeatASecret() {
    Set<String> secrets = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      String secret = tokens.newSecret();
      assertThat(secret).matches("^[A-Za-z0-9_-]{43}$");
      secrets.add(secret);
    }

    assertThat(secrets).hasSize(1_000);
  }
}
