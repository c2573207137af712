package io.tenantry.persistence.tenant;

/**
 * The version every tenant schema is migrated to: the highest {@code V<n>__} in {@code db/tenant}.
 */
public final class TenantMigrations {

  /** Kept equal to the newest migration file by a unit test. */
  public static final int LATEST = 5;

  /** Where Flyway finds the tenant migrations. */
  public static final String LOCATION = "classpath:db/tenant";

  private TenantMigrations() {}
}
