package io.tenantry.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenHashTest {

  @Test
  void shouldBeDeterministic() {
    assertThat(TokenHash.of("some-token")).isEqualTo(TokenHash.of("some-token"));
  }

  @Test
  void shouldDifferForDifferentTokens() {
    assertThat(TokenHash.of("some-token")).isNotEqualTo(TokenHash.of("some-token2"));
  }

  @Test
  void shouldNotContainTheToken() {
    TokenHash hash = TokenHash.of("some-token");

    assertThat(hash.hex()).doesNotContain("some-token").hasSize(64).matches("[0-9a-f]+");
  }

  @Test
  void shouldBeTheSha256OfTheToken() {
    assertThat(TokenHash.of("abc").hex())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void shouldRedactItselfWhenPrinted() {
    assertThat(TokenHash.of("abc").toString()).doesNotContain("ba7816bf");
  }
}
