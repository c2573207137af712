package io.tenantry.domain.user;

import java.util.Objects;
import java.util.UUID;

/** Identity of a user, unique across all tenants. */
public record UserId(UUID value) {
  public UserId {
    Objects.requireNonNull(value, "value");
  }

  public static UserId random() {
    return new UserId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
