package io.tenantry.domain.audit;

import io.tenantry.domain.shared.Page;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The audit trail of the tenant whose unit of work is running: tamper-evident, append-only. */
public interface AuditLog {
  /** Appends to the chain in the current unit of work, so it commits or rolls back with it. */
  void append(AuditEvent event);

  /**
   * Appends these events to the chain in this order, in the current unit of work: what {@link
   * #append} does for each, which an adapter may do in one go (one lock, one read of the head).
   */
  default void appendAll(List<AuditEvent> events) {
    events.forEach(this::append);
  }

  /**
   * Appends to another tenant's trail (the platform's, for what a platform admin did) in the
   * current unit of work, so it commits or rolls back with the change it records.
   */
  void appendTo(TenantSlug trail, AuditEvent event);

  Page<AuditEvent> search(AuditQuery query);

  /**
   * The newest events, at most {@code limit}, that the user caused or that are about the user
   * (target {@code user} with their id), newest first: the user's own share of the trail.
   */
  List<AuditEvent> involving(UserId user, int limit);

  /**
   * Checks up to {@code limit} rows after sequence {@code after}, oldest first, with {@code
   * verifier}; returns the sequence of the last row checked ({@code after} when there was none).
   */
  long verifyPage(AuditChainVerifier verifier, long after, int limit);

  /** The newest row of the trail, if there is one. */
  Optional<ChainLink> head();

  /** The hash of the row with this sequence number, if it is still there. */
  Optional<String> hashAt(long sequence);

  /** The most recent anchor of the trail. */
  Optional<AuditAnchor> latestAnchor();

  void saveAnchor(AuditAnchor anchor);

  /** Recomputes the chain from the oldest remaining row (its previous hash is the anchor). */
  ChainVerification verify();

  /**
   * Deletes the oldest events, up to the first one at or after {@code cutoff}, so the remaining
   * rows still form one unbroken chain; the row the latest anchor names is always kept. Returns how
   * many were deleted.
   */
  long purgeBefore(Instant cutoff);

  /**
   * How many events of each of {@code types} happened per UTC day in {@code from} ≤ t &lt; {@code
   * to}: one count per day and type that had any, so the answer is bounded by the window, not by
   * the size of the trail.
   */
  List<AuditDayCount> countPerDay(Set<AuditEventType> types, Instant from, Instant to);
}
