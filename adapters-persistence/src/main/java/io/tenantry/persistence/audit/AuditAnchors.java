package io.tenantry.persistence.audit;

import io.tenantry.domain.audit.AuditAnchor;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Reads and writes the rows of {@code audit_anchors}, the signed heads of the audit chain. */
final class AuditAnchors {
  private AuditAnchors() {}

  /** The newest anchor of the current tenant's trail. */
  static Optional<AuditAnchor> latest(EntityManager entityManager) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select seq, hash, anchored_at, mac from audit_anchors order by id desc limit 1")
            .getResultList();
    return rows.stream().findFirst().map(row -> fromRow((Object[]) row));
  }

  /** Stores {@code anchor} in the current tenant's trail. */
  static void save(EntityManager entityManager, AuditAnchor anchor) {
    entityManager
        .createNativeQuery(
            "insert into audit_anchors (seq, hash, anchored_at, mac) values (?1, ?2, ?3, ?4)")
        .setParameter(1, anchor.sequence())
        .setParameter(2, anchor.hash())
        .setParameter(3, OffsetDateTime.ofInstant(anchor.anchoredAt(), ZoneOffset.UTC))
        .setParameter(4, anchor.mac())
        .executeUpdate();
  }

  private static AuditAnchor fromRow(Object[] row) {
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
