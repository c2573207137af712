package io.tenantry.domain.client;

import io.tenantry.domain.shared.RuleViolationException;
import java.util.Arrays;
import java.util.Locale;

/**
 * How a client authenticates and what it may do: a public client (SPA, mobile) has no secret, a
 * confidential one (server-side web app) has one, a service client acts as itself (client
 * credentials) with roles of its own.
 */
public enum ClientType {
  PUBLIC,
  CONFIDENTIAL,
  SERVICE;

  /** The lower-case name the API shows. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ClientType byWireName(String raw) {
    return Arrays.stream(values())
        .filter(type -> type.wireName().equals(raw))
        .findFirst()
        .orElseThrow(
            () -> new RuleViolationException("type", "must be public, confidential or service"));
  }

  /** Whether the client has a secret and must present it. */
  public boolean hasSecret() {
    return this != PUBLIC;
  }
}
