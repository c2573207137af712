package io.tenantry.domain.audit;

import java.time.LocalDate;
import java.util.Objects;

/** How many events of one type a trail holds for one day (UTC): a point of an activity chart. */
public record AuditDayCount(LocalDate day, AuditEventType type, long count) {
  public AuditDayCount {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(type, "type");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
  }
}
