package io.tenantry.domain.tenant;

/** Background work a tenant can have waiting: a job visits only the tenants marked for its kind. */
public enum WorkKind {
  /** The audit trail moved since it was last anchored. */
  AUDIT_TRAIL,
  /** The webhook outbox holds deliveries (due now or later). */
  WEBHOOK_OUTBOX
}
