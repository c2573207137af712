package io.tenantry.domain.audit;

/** The fields an audit trail can be sorted by. */
public enum AuditSort {
  OCCURRED_AT,
  TYPE
}
