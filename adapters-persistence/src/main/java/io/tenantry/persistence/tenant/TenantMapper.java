package io.tenantry.persistence.tenant;

import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantName;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.tenant.TenantStatus;
import io.tenantry.persistence.shared.StoredEnums;
import io.tenantry.persistence.shared.TenantSchemas;

/** Maps between the tenant aggregate and its row. */
final class TenantMapper {

  private TenantMapper() {}

  static Tenant toDomain(TenantEntity e) {
    return Tenant.restore(
        new TenantSnapshot(
            new TenantId(e.id),
            new TenantSlug(e.slug),
            new TenantName(e.name),
            StoredEnums.parse(TenantStatus.class, e.status),
            e.selfRegistration,
            e.createdAt,
            e.updatedAt,
            e.version,
            e.mfaRequired));
  }

  /** A new row for a tenant whose schema is created at the latest version in the same call. */
  static TenantEntity toNewEntity(Tenant tenant) {
    TenantEntity e = new TenantEntity();
    e.id = tenant.id().value();
    e.slug = tenant.slug().value();
    e.schemaName = TenantSchemas.of(tenant.slug());
    e.schemaVersion = TenantMigrations.LATEST;
    e.createdAt = tenant.revision().createdAt();
    copyState(tenant, e);
    return e;
  }

  /** Copies the mutable state; identity, slug and schema never change. */
  static void copyState(Tenant tenant, TenantEntity e) {
    e.name = tenant.name().value();
    e.status = StoredEnums.text(tenant.status());
    e.selfRegistration = tenant.selfRegistration();
    e.updatedAt = tenant.revision().updatedAt();
  }
}
