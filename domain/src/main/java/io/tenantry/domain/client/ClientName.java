package io.tenantry.domain.client;

import io.tenantry.domain.shared.Require;

/** What a client is called on consent and admin screens: 1 to 100 characters, trimmed. */
public record ClientName(String value) {
  public ClientName {
    value = Require.text(value, "name", 1, 100);
  }
}
