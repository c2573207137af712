package io.tenantry.domain.tenant;

/** The fields the tenant list can be sorted by. */
public enum TenantSort {
  SLUG,
  NAME,
  STATUS,
  CREATED_AT
}
