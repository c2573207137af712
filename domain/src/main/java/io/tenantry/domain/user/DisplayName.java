package io.tenantry.domain.user;

import io.tenantry.domain.shared.Require;

/** How a user is shown to others: 1 to 100 characters, trimmed, no control characters. */
public record DisplayName(String value) {
  public DisplayName {
    value = Require.text(value, "displayName", 1, 100);
  }
}
