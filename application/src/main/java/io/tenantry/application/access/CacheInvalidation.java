package io.tenantry.application.access;

import java.util.Objects;
import java.util.UUID;

/**
 * What a replica must forget after a change: one user's security state and profile, a tenant's
 * record, its role definitions and webhook subscriptions, or one API key. Ids only, never secrets:
 * it travels between replicas.
 */
public record CacheInvalidation(Kind kind, UUID tenant, UUID subject) {

  /** Which cache entry the change made stale. */
  public enum Kind {
    /** A user's status, roles, sessions or profile ({@code subject}: the user id). */
    USER,
    /** A tenant's status, name or settings, or the tenant itself; no subject. */
    TENANT,
    /** The tenant's role definitions; no subject. */
    ROLES,
    /** A revoked API key ({@code subject}: the key id). */
    API_KEY,
    /** The tenant's webhook endpoints; no subject. */
    WEBHOOKS
  }

  public CacheInvalidation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(tenant, "tenant");
    if ((kind == Kind.USER || kind == Kind.API_KEY) != (subject != null)) {
      throw new IllegalArgumentException(kind + " invalidation with a wrong subject");
    }
  }
}
