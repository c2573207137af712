package io.tenantry.domain.audit;

import java.util.Optional;

/**
 * Walks a trail oldest first and remembers the first row that is altered or not linked to the row
 * before it; the first row's previous hash is taken as the anchor (older rows may be purged).
 */
public final class AuditChainVerifier {
  private String expectedPrev;
  private long checked;
  private AuditEventId firstBroken;

  /** Checks the next row; returns whether it is intact and linked to the row before. */
  public boolean check(ChainedAuditEvent row) {
    boolean linked = expectedPrev == null || expectedPrev.equals(row.prevHash());
    boolean intact = AuditChain.hash(row.prevHash(), row.event()).equals(row.hash());
    checked++;
    expectedPrev = row.hash();
    if (!(linked && intact) && firstBroken == null) {
      firstBroken = row.event().id();
    }
    return linked && intact;
  }

  /** Counts a row that could not even be read back as an event (its fields were mangled). */
  public void unreadable(AuditEventId id, String hash) {
    checked++;
    expectedPrev = hash;
    if (firstBroken == null) {
      firstBroken = id;
    }
  }

  /** How many rows were checked so far. */
  public long checked() {
    return checked;
  }

  public ChainVerification result() {
    return new ChainVerification(checked, Optional.ofNullable(firstBroken));
  }
}
