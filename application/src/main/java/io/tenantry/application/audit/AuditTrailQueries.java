package io.tenantry.application.audit;

import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.audit.AuditAnchorKey;
import io.tenantry.domain.audit.AuditChainVerifier;
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
import java.time.Instant;
import java.util.Optional;

/**
 * Reads and verifies audit trails: a tenant's own ({@code audit:read}), or any one tenant's for a
 * platform admin. Each trail lives in its tenant's schema and is chained on its own; verification
 * walks it page by page, each page in a short unit of work, and checks its newest anchor.
 */
public final class AuditTrailQueries {
  /** Rows checked per unit of work: a long trail never holds one transaction open. */
  static final int PAGE = 1000;

  private final UnitOfWork unitOfWork;
  private final AuditLog log;
  private final TenantRepository tenants;
  private final AuditAnchorKey anchorKey;

  public AuditTrailQueries(
      UnitOfWork unitOfWork, AuditLog log, TenantRepository tenants, AuditAnchorKey anchorKey) {
    this.unitOfWork = unitOfWork;
    this.log = log;
    this.tenants = tenants;
    this.anchorKey = anchorKey;
  }

  public Page<AuditEvent> search(Actor actor, AuditQuery query) {
    actor.require(Permission.AUDIT_READ);
    return unitOfWork.inTenant(actor.tenantRef(), () -> log.search(query));
  }

  public ChainVerification verify(Actor actor) {
    actor.require(Permission.AUDIT_READ);
    return verifyTrail(actor.tenantRef());
  }

  public Page<AuditEvent> searchTenant(Actor actor, TenantSlug tenant, AuditQuery query) {
    actor.requirePlatformAdmin();
    return unitOfWork.inTenant(existing(tenant), () -> log.search(query));
  }

  public ChainVerification verifyTenant(Actor actor, TenantSlug tenant) {
    actor.requirePlatformAdmin();
    return verifyTrail(existing(tenant));
  }

  private ChainVerification verifyTrail(TenantRef tenant) {
    // The anchor first: rows appended during the walk are after it and do not matter to it.
    Optional<AnchorCheck> anchor = unitOfWork.inTenant(tenant, () -> checkAnchor(tenant));
    AuditChainVerifier verifier = new AuditChainVerifier();
    long after = Long.MIN_VALUE;
    long checkedBefore;
    do {
      checkedBefore = verifier.checked();
      long from = after;
      after = unitOfWork.inTenant(tenant, () -> log.verifyPage(verifier, from, PAGE));
    } while (verifier.checked() - checkedBefore == PAGE);
    ChainVerification result = verifier.result();
    return anchor.map(a -> result.withAnchor(a.anchoredAt(), a.problem())).orElse(result);
  }

  /** The newest anchor must carry the key's MAC and name a row that is still there, unchanged. */
  private Optional<AnchorCheck> checkAnchor(TenantRef tenant) {
    return log.latestAnchor()
        .map(
            anchor ->
                new AnchorCheck(
                    anchor.anchoredAt(), AnchorProblems.of(log, anchorKey, tenant.id(), anchor)));
  }

  private record AnchorCheck(Instant anchoredAt, Optional<String> problem) {}

  private TenantRef existing(TenantSlug slug) {
    return unitOfWork
        .inControl(() -> tenants.findBySlug(slug))
        .map(Tenant::ref)
        .orElseThrow(() -> new NotFoundException("tenant not found"));
  }
}
