package io.tenantry.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.domain.shared.RuleViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedirectUriTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://app.example.com/callback",
        "https://app.example.com:8443/cb?tenant=acme",
        "http://localhost:5173/callback",
        "http://127.0.0.1:8400/cb",
        "http://[::1]/cb"
      })
  void shouldAcceptHttpsAndLoopbackHttp(String uri) {
    assertThat(new RedirectUri(uri).value()).isEqualTo(uri);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://app.example.com/callback",
        "https://app.example.com/cb#fragment",
        "https://user:pw@app.example.com/cb",
        "/callback",
        "javascript:alert(1)",
        "data:text/html,hi",
        "https:///no-host",
        "not a uri",
        ""
      })
  void shouldRefuseAnythingElse(String uri) {
    assertThatThrownBy(() -> new RedirectUri(uri)).isInstanceOf(RuleViolationException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://app.example.com/callback/",
        "https://APP.example.com/callback",
        "https://app.example.com/callback?x=1",
        "https://app.example.com/Callback",
        "https://app.example.com:443/callback",
        "https://app.example.com/callback/../callback"
      })
  void shouldMatchOnlyTheExactString(String presented) {
    RedirectUri registered = new RedirectUri("https://app.example.com/callback");

    assertThat(registered.matches("https://app.example.com/callback")).isTrue();
    assertThat(registered.matches(presented)).isFalse();
  }
}
