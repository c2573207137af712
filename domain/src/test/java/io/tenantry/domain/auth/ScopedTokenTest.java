package io.tenantry.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.domain.tenant.TenantId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScopedTokenTest {
  private static final String SECRET = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde";
  private final TenantId tenant =
      new TenantId(UUID.fromString("8f7e6d5c-4b3a-2918-0706-f5e4d3c2b1a0"));

  @Test
  void shouldComposeA65CharacterUrlSafeToken() {
    ScopedToken token = ScopedToken.compose(tenant, SECRET);

    assertThat(token.value()).hasSize(65).matches("[A-Za-z0-9_-]+").endsWith(SECRET);
    assertThat(token.tenant()).isEqualTo(tenant);
  }

  @Test
  void shouldRecoverTheTenantWhenParsed() {
    ScopedToken composed = ScopedToken.compose(tenant, SECRET);

    ScopedToken parsed = ScopedToken.parse(composed.value()).orElseThrow();

    assertThat(parsed).isEqualTo(composed);
    assertThat(parsed.tenant()).isEqualTo(tenant);
    assertThat(parsed.hash()).isEqualTo(composed.hash());
  }

  @Test
  void shouldRoundTripRandomTenants() {
    for (int i = 0; i < 50; i++) {
      TenantId random = TenantId.random();
      String value = ScopedToken.compose(random, SECRET).value();

      assertThat(ScopedToken.parse(value)).map(ScopedToken::tenant).contains(random);
    }
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "garbage", SECRET})
  void shouldParseGarbageToEmpty(String presented) {
    assertThat(ScopedToken.parse(presented)).isEmpty();
  }

  @Test
  void shouldParseTokensOfTheWrongLengthOrAlphabetToEmpty() {
    String valid = ScopedToken.compose(tenant, SECRET).value();

    assertThat(ScopedToken.parse(valid.substring(1))).isEmpty();
    assertThat(ScopedToken.parse(valid + "A")).isEmpty();
    for (String bad : new String[] {"+", "/", "=", " ", ".", "\u00e9"}) {
      String mangled = valid.substring(0, 10) + bad + valid.substring(11);
      assertThat(ScopedToken.parse(mangled)).as("with %s", bad).isEmpty();
    }
  }

  @Test
  void shouldRefuseASecretThatIsNot256Bits() {
    assertThatThrownBy(() -> ScopedToken.compose(tenant, "short"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldNotPrintTheSecret() {
    ScopedToken token = ScopedToken.compose(tenant, SECRET);

    assertThat(token.toString()).doesNotContain(SECRET).contains(tenant.toString());
  }
}
