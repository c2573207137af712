package io.tenantry.persistence.tenant;

import java.util.List;

/**
 * The version every tenant schema is migrated to: the highest {@code V<n>__} in {@code db/tenant}.
 */
public final class TenantMigrations {

  /** Kept equal to the newest migration file by a unit test. */
  public static final int LATEST = 20;

  /** Where the tenant migrations live on the class path. */
  public static final String LOCATION = "classpath:db/tenant";

  /** The class-path directory of {@link #LOCATION}. */
  static final String DIRECTORY = "db/tenant";

  /**
   * Every file in {@code db/tenant}, oldest first. Flyway gets this list instead of scanning the
   * class path, which a native image cannot do; a unit test keeps it equal to the directory.
   */
  public static final List<String> FILES =
      List.of(
          "V1__initial_schema.sql",
          "V2__user_tables.sql",
          "V3__session_tables.sql",
          "V4__audit_tables.sql",
          "V5__audit_chain.sql",
          "V6__sessions.sql",
          "V7__audit_anchors.sql",
          "V9__self_registration_verification.sql",
          "V10__oauth_clients.sql",
          "V11__page_sessions.sql",
          "V12__mfa.sql",
          "V13__api_keys.sql",
          "V14__webhooks.sql",
          "V15__custom_roles.sql",
          "V17__authorization_codes.sql",
          "V18__mfa_sessions.sql",
          "V19__webhook_failures.sql",
          "V20__list_indexes.sql");

  private TenantMigrations() {}
}
