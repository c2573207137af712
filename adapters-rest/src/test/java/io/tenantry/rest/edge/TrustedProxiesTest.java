package io.tenantry.rest.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
  private final TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.0/8", "fd00::/8"));

  @Test
  void shouldIgnoreForwardedHeadersFromAnUntrustedPeer() {
    assertThat(proxies.client(ip("203.0.113.9"), List.of("198.51.100.1")))
        .isEqualTo(ip("203.0.113.9"));
  }

  @Test
  void shouldTakeTheRightMostHopThatIsNotATrustedProxy() {
    assertThat(
            proxies.client(
                ip("10.0.0.2"), List.of("1.1.1.1, 198.51.100.7", "10.1.2.3, fd00::1", "10.0.0.9")))
        .isEqualTo(ip("198.51.100.7"));
  }

  @Test
  void shouldStopAtTheLastProxyWhenTheNextHopIsNoAddress() {
    assertThat(proxies.client(ip("10.0.0.2"), List.of("evil.example, 10.0.0.3")))
        .isEqualTo(ip("10.0.0.3"));
    assertThat(proxies.client(ip("10.0.0.2"), List.of())).isEqualTo(ip("10.0.0.2"));
  }

  @Test
  void shouldReadBracketedV6AndV4WithAPort() {
    assertThat(proxies.client(ip("10.0.0.2"), List.of("[2001:db8::1]:443")))
        .isEqualTo(ip("2001:db8::1"));
    assertThat(proxies.client(ip("10.0.0.2"), List.of("198.51.100.7:5123")))
        .isEqualTo(ip("198.51.100.7"));
  }

  @Test
  void shouldKeyV6ClientsByTheirSlash64() {
    assertThat(TrustedProxies.bucketKey(ip("2001:db8:1:2:aaaa::1")))
        .isEqualTo(TrustedProxies.bucketKey(ip("2001:db8:1:2:ffff::9")))
        .isEqualTo("2001:db8:1:2:0:0:0:0/64");
    assertThat(TrustedProxies.bucketKey(ip("2001:db8:1:3::1")))
        .isNotEqualTo("2001:db8:1:2:0:0:0:0/64");
    assertThat(TrustedProxies.bucketKey(ip("192.0.2.1"))).isEqualTo("192.0.2.1");
  }

  @Test
  void shouldRefuseWhatIsNoRange() {
    assertThatThrownBy(() -> TrustedProxies.of(List.of("proxy.internal")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static InetAddress ip(String literal) {
    return TrustedProxies.literal(literal).orElseThrow();
  }
}
