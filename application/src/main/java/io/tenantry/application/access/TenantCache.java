package io.tenantry.application.access;

import io.tenantry.domain.tenant.TenantId;

/** A per-tenant cache outside this package that {@link SecurityCaches} also keeps current. */
public interface TenantCache {
  /** Forgets the tenant's entry. */
  void invalidate(TenantId tenant);

  /** Forgets every entry. */
  void clear();
}
