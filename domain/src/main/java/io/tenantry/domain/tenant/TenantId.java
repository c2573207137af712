package io.tenantry.domain.tenant;

import java.util.Objects;
import java.util.UUID;

/** Identity of a tenant. */
public record TenantId(UUID value) {
  public TenantId {
    Objects.requireNonNull(value, "value");
  }

  public static TenantId random() {
    return new TenantId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
