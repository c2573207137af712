package io.tenantry.rest.edge;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the client behind a chain of proxies: the right-most {@code X-Forwarded-For} hop that is
 * not one of the configured proxies. Hops left of it were written by the client and prove nothing,
 * so they are never read; a peer that is not a trusted proxy is the client, whatever it forwards.
 */
public final class TrustedProxies {
  private final List<IpSubnetFilterRule> proxies;

  private TrustedProxies(List<IpSubnetFilterRule> proxies) {
    this.proxies = List.copyOf(proxies);
  }

  /** Parses CIDRs ({@code 10.0.0.0/8}, {@code fd00::/8}) or single addresses; throws on others. */
  public static TrustedProxies of(List<String> cidrs) {
    List<IpSubnetFilterRule> rules = new ArrayList<>();
    for (String cidr : cidrs) {
      String trimmed = cidr.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      int slash = trimmed.indexOf('/');
      String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
      InetAddress parsed =
          literal(address)
              .orElseThrow(() -> new IllegalArgumentException("not an IP range: " + trimmed));
      int bits = parsed.getAddress().length * 8;
      int prefix = slash < 0 ? bits : Integer.parseInt(trimmed.substring(slash + 1));
      if (prefix < 0 || prefix > bits) {
        throw new IllegalArgumentException("not an IP range: " + trimmed);
      }
      rules.add(new IpSubnetFilterRule(parsed, prefix, IpFilterRuleType.ACCEPT));
    }
    return new TrustedProxies(rules);
  }

  /**
   * The client address for a connection from {@code peer} carrying the {@code X-Forwarded-For}
   * values {@code forwardedFor} (all header lines, in order).
   */
  public InetAddress client(InetAddress peer, List<String> forwardedFor) {
    InetAddress hop = peer;
    List<String> chain = hops(forwardedFor);
    for (int i = chain.size() - 1; i >= 0 && trusted(hop); i--) {
      Optional<InetAddress> previous = literal(chain.get(i));
      if (previous.isEmpty()) {
        return hop; // garbage from the client side of the chain: the last proxy is as far as we see
      }
      hop = previous.get();
    }
    return hop;
  }

  /** The budget key of an address: IPv4 as is, IPv6 by its /64 (one subscriber's prefix). */
  public static String bucketKey(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (bytes.length == 4) {
      return address.getHostAddress();
    }
    byte[] prefix = new byte[16];
    System.arraycopy(bytes, 0, prefix, 0, 8);
    return toAddress(prefix).getHostAddress() + "/64";
  }

  /** An IP literal, never a DNS look-up; {@code [v6]} brackets and a v4 {@code :port} are shed. */
  public static Optional<InetAddress> literal(String text) {
    String value = text.strip();
    if (value.startsWith("[") && value.indexOf(']') > 0) {
      value = value.substring(1, value.indexOf(']'));
    } else if (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':')) {
      value = value.substring(0, value.indexOf(':'));
    }
    byte[] bytes = NetUtil.createByteArrayFromIpAddressString(value);
    return bytes == null ? Optional.empty() : Optional.of(toAddress(bytes));
  }

  private boolean trusted(InetAddress address) {
    InetSocketAddress socket = new InetSocketAddress(address, 0);
    return proxies.stream().anyMatch(rule -> rule.matches(socket));
  }

  private static List<String> hops(List<String> headers) {
    List<String> hops = new ArrayList<>();
    for (String header : headers) {
      for (String hop : header.split(",")) {
        if (!hop.isBlank()) {
          hops.add(hop.strip());
        }
      }
    }
    return hops;
  }

  private static InetAddress toAddress(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("an address is 4 or 16 bytes", e);
    }
  }
}
