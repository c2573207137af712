package io.tenantry.domain.tenant;

/** An immutable copy of a tenant's state, safe to cache and share across threads. */
public record TenantSnapshot(
    TenantId id,
    TenantSlug slug,
    TenantName name,
    TenantStatus status,
    boolean selfRegistration,
    long version,
    boolean mfaRequired) {

  public boolean isActive() {
    return status == TenantStatus.ACTIVE;
  }

  public TenantRef ref() {
    return new TenantRef(id, slug);
  }
}
