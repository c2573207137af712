package io.tenantry.domain.audit;

import io.tenantry.domain.shared.Page;
import java.time.Instant;

/** The audit trail of the tenant whose unit of work is running: tamper-evident, append-only. */
public interface AuditLog {
  /** Appends to the chain in the current unit of work, so it commits or rolls back with it. */
  void append(AuditEvent event);

  Page<AuditEvent> search(AuditQuery query);

  /** Recomputes the chain from the oldest remaining row (its previous hash is the anchor). */
  ChainVerification verify();

  /**
   * Deletes the oldest events, up to the first one at or after {@code cutoff}, so the remaining
   * rows still form one unbroken chain; returns how many were deleted.
   */
  long purgeBefore(Instant cutoff);
}
