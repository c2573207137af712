package io.tenantry.domain.tenant;

import io.tenantry.domain.shared.Require;

/** The human-readable name of a tenant, 1 to 100 characters, trimmed. */
public record TenantName(String value) {
  public TenantName {
    value = Require.text(value, "name", 1, 100);
  }
}
