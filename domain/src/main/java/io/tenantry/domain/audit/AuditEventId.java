package io.tenantry.domain.audit;

import java.util.Objects;
import java.util.UUID;

/** Identity of an audit event. */
public record AuditEventId(UUID value) {
  public AuditEventId {
    Objects.requireNonNull(value, "value");
  }

  public static AuditEventId random() {
    return new AuditEventId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
