package io.tenantry.domain.tenant;

/** Whether a tenant's users may log in and use their tokens. */
public enum TenantStatus {
  ACTIVE,
  SUSPENDED
}
