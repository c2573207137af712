package io.tenantry.persistence.audit;

import io.tenantry.domain.audit.AuditAnchor;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads rows of {@code audit_anchors} as returned by a native query. */
final class AuditAnchors {
  private AuditAnchors() {}

  static AuditAnchor fromRow(Object[] row) {
    return new AuditAnchor(
        ((Number) row[0]).longValue(), (String) row[1], instant(row[2]), (String) row[3]);
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof Timestamp ts) {
      return ts.toInstant();
    }
    return (Instant) value;
  }
}
