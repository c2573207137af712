package io.tenantry.persistence.shared;

import io.tenantry.domain.tenant.TenantSlug;

/** Names of the PostgreSQL schemas: {@code control} and one {@code t_<slug>} per tenant. */
public final class TenantSchemas {

  /** The schema of the tenant registry and the cross-tenant tables. */
  public static final String CONTROL = "control";

  private TenantSchemas() {}

  /**
   * The tenant's schema name; safe to quote into DDL because a {@link TenantSlug} only holds
   * lower-case letters, digits and hyphens.
   */
  public static String of(TenantSlug slug) {
    return "t_" + slug.value().replace('-', '_');
  }

  /** The name double-quoted for use as an SQL identifier. */
  public static String quoted(TenantSlug slug) {
    return '"' + of(slug) + '"';
  }
}
