package io.tenantry.persistence.tenant;

import java.util.List;

/**
 * The version every tenant schema is migrated to (the highest {@code V<n>__} in {@code db/tenant}),
 * the migration files, and the squashed baseline that new schemas start from.
 */
public final class TenantMigrations {

  /** Kept equal to the newest migration file by a unit test. */
  public static final int LATEST = 23;

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
          "V20__list_indexes.sql",
          "V21__refresh_token_indexes.sql",
          "V22__user_last_logins.sql",
          "V23__trigram_indexes_without_pending_list.sql");

  /**
   * The version {@link #BASELINE} stands for: a new tenant schema runs that one script instead of
   * {@code V1} to {@code V<BASELINE_VERSION>}, recorded in Flyway's history as a baseline at this
   * version, then Flyway applies the files newer than it (none while this equals {@link #LATEST}).
   * Never above {@link #LATEST} (a unit test checks); old schemas keep migrating file by file.
   *
   * <p>To re-squash after adding migrations: run {@code scripts/squash_tenant_baseline.sh} (it
   * applies every file to a scratch schema and dumps it), rename the file to {@code
   * B<LATEST>__baseline.sql}, set this to {@link #LATEST}, and let {@code
   * TenantBaselineEquivalenceTest} prove the dump equals the migrated schema.
   */
  public static final int BASELINE_VERSION = 23;

  /** The squashed baseline on the class path: the schema (and seed rows) of V1..V23. */
  static final String BASELINE = "db/tenant-baseline/B23__baseline.sql";

  private TenantMigrations() {}
}
