package io.tenantry.domain.tenant;

import java.time.Instant;

/**
 * An immutable copy of a tenant's state, safe to cache and share across threads; also what a tenant
 * is restored from.
 */
public record TenantSnapshot(
    TenantId id,
    TenantSlug slug,
    TenantName name,
    TenantStatus status,
    boolean selfRegistration,
    Instant createdAt,
    Instant updatedAt,
    long version,
    boolean mfaRequired) {

  public boolean isActive() {
    return status == TenantStatus.ACTIVE;
  }

  public TenantRef ref() {
    return new TenantRef(id, slug);
  }
}
