package io.tenantry.application.audit;

import io.tenantry.application.shared.TenantPass;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.audit.AuditAnchor;
import io.tenantry.domain.audit.AuditAnchorKey;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.audit.ChainLink;
import io.tenantry.domain.tenant.PendingWork;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.WorkKind;
import io.tenantry.domain.tenant.WorkMark;
import java.time.Clock;
import java.util.Optional;

/**
 * Signs the head of every tenant's trail that moved since its last anchor (a scheduled job), so
 * cutting the tail of a trail below an anchor is detected by verification. Only the trails marked
 * as moved ({@link PendingWork}) are visited: one transaction per trail that moved, none for the
 * quiet ones. A tenant that fails (its schema dropped by hand, say) keeps its mark and the pass
 * goes on; the database unavailable ends the pass, as every other tenant would fail the same way.
 */
public final class AnchorAuditChains {
  private final UnitOfWork unitOfWork;
  private final AuditLog log;
  private final PendingWork pending;
  private final AuditAnchorKey key;
  private final Clock clock;

  public AnchorAuditChains(
      UnitOfWork unitOfWork, AuditLog log, PendingWork pending, AuditAnchorKey key, Clock clock) {
    this.unitOfWork = unitOfWork;
    this.log = log;
    this.pending = pending;
    this.key = key;
    this.clock = clock;
  }

  /** Anchors every marked trail it can; one tenant's failure does not stop the others. */
  public TenantPass anchorAll() {
    return TenantPass.over(
        unitOfWork.inControl(() -> pending.marked(WorkKind.AUDIT_TRAIL)),
        mark -> mark.tenant().id(),
        mark -> unitOfWork.inTenant(mark.tenant(), () -> anchorAndClear(mark)) ? 1 : 0);
  }

  /** The head is read after the mark was, so it holds every append the mark stood for. */
  private boolean anchorAndClear(WorkMark mark) {
    boolean anchored = anchor(mark.tenant());
    pending.clear(mark);
    return anchored;
  }

  /**
   * Anchors the current tenant's head when it moved past the newest anchor, and only while that
   * anchor still holds: re-signing a trail cut below its anchor would hide the cut.
   */
  private boolean anchor(TenantRef tenant) {
    Optional<ChainLink> head = log.head();
    if (head.isEmpty()) {
      return false;
    }
    ChainLink link = head.get();
    Optional<AuditAnchor> latest = log.latestAnchor();
    if (latest.isPresent()
        && (latest.get().sequence() >= link.sequence()
            || AnchorProblems.of(log, key, tenant.id(), latest.get()).isPresent())) {
      return false;
    }
    log.saveAnchor(
        new AuditAnchor(
            link.sequence(), link.hash(), clock.instant(), key.sign(tenant.id(), link)));
    return true;
  }
}
