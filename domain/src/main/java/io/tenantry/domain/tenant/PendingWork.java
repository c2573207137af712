package io.tenantry.domain.tenant;

import java.util.List;

/**
 * Which tenants have background work waiting, so that the jobs visit those and not every tenant.
 * The adapters that write the work mark its tenant in the same transaction ({@code AuditLog}
 * appends, {@code WebhookDeliveries} adds and requeues): a committed piece of work is always
 * marked, also across a crash or a restart, and a rolled-back one leaves no mark.
 */
public interface PendingWork {
  /** The tenants marked for {@code kind}, each with the version of its mark as read now. */
  List<WorkMark> marked(WorkKind kind);

  /**
   * Removes the mark, in the current unit of work, unless it was renewed after it was read: call it
   * after the work that was there when the mark was read is done (in the same or a later unit of
   * work), so that work added meanwhile keeps its tenant marked.
   */
  void clear(WorkMark mark);
}
