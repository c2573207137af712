package io.tenantry.application.tenant;

import io.tenantry.domain.tenant.TenantSlug;

/** Creates, upgrades and drops the database schema that holds one tenant's data. */
public interface TenantSchemaManager {
  /**
   * Creates the schema and migrates it to the latest version; a taken name is {@code slug_taken}.
   */
  void create(TenantSlug tenant);

  /** Drops the schema and everything in it; joins the current unit of work when there is one. */
  void drop(TenantSlug tenant);
}
