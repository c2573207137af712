package io.tenantry.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into its addresses: the system resolver, or a fixed table in tests. */
@FunctionalInterface
interface HostResolver {
  HostResolver SYSTEM = InetAddress::getAllByName;

  InetAddress[] resolve(String host) throws UnknownHostException;
}
