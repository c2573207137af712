package io.tenantry.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which resolved addresses a webhook must never reach: loopback, unspecified, private (RFC 1918),
 * carrier-grade NAT, link-local (cloud metadata at 169.254.169.254 included), multicast, broadcast,
 * and IPv6 unique-local ({@code fc00::/7}) — the ways into the service's own network.
 */
public final class TargetAddresses {
  private TargetAddresses() {}

  public static boolean isInternal(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0
          || (first == 100 && second >= 64 && second < 128)
          || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
          || first >= 240;
    }
    if (address instanceof Inet6Address) {
      // fc00::/7 (unique local), and IPv4-compatible or -mapped forms of refused IPv4 addresses.
      return (b[0] & 0xfe) == 0xfc || embeddedIpv4IsInternal(b);
    }
    return false;
  }

  private static boolean embeddedIpv4IsInternal(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible = b[10] == 0 && b[11] == 0;
    if (!mapped && !compatible) {
      return false;
    }
    try {
      byte[] v4 = {b[12], b[13], b[14], b[15]};
      return isInternal(InetAddress.getByAddress(v4));
    } catch (java.net.UnknownHostException e) {
      return true;
    }
  }
}
