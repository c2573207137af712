package io.tenantry.application.audit;

import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.audit.AuditEvent;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.audit.AuditQuery;
import io.tenantry.domain.audit.ChainVerification;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.Permission;

/**
 * Reads and verifies audit trails: a tenant's own ({@code audit:read}), or any one tenant's for a
 * platform admin. Each trail lives in its tenant's schema and is chained on its own.
 */
public final class AuditTrailQueries {
  private final UnitOfWork unitOfWork;
  private final AuditLog log;
  private final TenantRepository tenants;

  public AuditTrailQueries(UnitOfWork unitOfWork, AuditLog log, TenantRepository tenants) {
    this.unitOfWork = unitOfWork;
    this.log = log;
    this.tenants = tenants;
  }

  public Page<AuditEvent> search(Actor actor, AuditQuery query) {
    actor.require(Permission.AUDIT_READ);
    return unitOfWork.inTenant(actor.tenantRef(), () -> log.search(query));
  }

  public ChainVerification verify(Actor actor) {
    actor.require(Permission.AUDIT_READ);
    return unitOfWork.inTenant(actor.tenantRef(), log::verify);
  }

  public Page<AuditEvent> searchTenant(Actor actor, TenantSlug tenant, AuditQuery query) {
    actor.requirePlatformAdmin();
    return unitOfWork.inTenant(existing(tenant), () -> log.search(query));
  }

  public ChainVerification verifyTenant(Actor actor, TenantSlug tenant) {
    actor.requirePlatformAdmin();
    return unitOfWork.inTenant(existing(tenant), log::verify);
  }

  private TenantRef existing(TenantSlug slug) {
    return unitOfWork
        .inControl(() -> tenants.findBySlug(slug))
        .map(Tenant::ref)
        .orElseThrow(() -> new NotFoundException("tenant not found"));
  }
}
