package io.tenantry.application.tenant;

import io.tenantry.domain.tenant.Tenant;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** What clients may see of a tenant; {@code userCount} only where it was asked for. */
public record TenantView(
    UUID id,
    String slug,
    String name,
    String status,
    boolean selfRegistration,
    Instant createdAt,
    Instant updatedAt,
    long version,
    Long userCount,
    boolean mfaRequired) {

  public static TenantView of(Tenant tenant) {
    return of(tenant, null);
  }

  public static TenantView of(Tenant tenant, Long userCount) {
    return new TenantView(
        tenant.id().value(),
        tenant.slug().value(),
        tenant.name().value(),
        tenant.status().name().toLowerCase(Locale.ROOT),
        tenant.selfRegistration(),
        tenant.revision().createdAt(),
        tenant.revision().updatedAt(),
        tenant.revision().version(),
        userCount,
        tenant.mfaRequired());
  }
}
