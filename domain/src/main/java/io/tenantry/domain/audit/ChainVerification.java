package io.tenantry.domain.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * The outcome of checking a tenant's audit chain: rows checked, the first row that broke it, why it
 * is broken ({@code altered}, {@code anchor_forged}, {@code truncated}), and when the newest anchor
 * that was checked was made.
 */
public record ChainVerification(
    long checked,
    Optional<AuditEventId> firstBroken,
    Optional<String> reason,
    Optional<Instant> anchoredAt) {

  /** A row was altered or unlinked. */
  public static final String ALTERED = "altered";

  /** The newest anchor's MAC does not match: it was written without the key. */
  public static final String ANCHOR_FORGED = "anchor_forged";

  /** The row the newest anchor names is gone or differs: the tail was cut or rewritten. */
  public static final String TRUNCATED = "truncated";

  public ChainVerification(long checked, Optional<AuditEventId> firstBroken) {
    this(checked, firstBroken, firstBroken.map(id -> ALTERED), Optional.empty());
  }

  public boolean valid() {
    return reason.isEmpty();
  }

  /** This outcome, with the newest anchor checked against the trail. */
  public ChainVerification withAnchor(Instant anchoredAt, Optional<String> anchorProblem) {
    return new ChainVerification(
        checked, firstBroken, reason.or(() -> anchorProblem), Optional.of(anchoredAt));
  }
}
