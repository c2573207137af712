package io.tenantry.application.audit;

import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.Paging;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.audit.AuditEvent;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.audit.AuditQuery;
import io.tenantry.domain.audit.ChainVerification;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantQuery;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reading, verifying and purging audit trails: a tenant's own, or any tenant's for the platform.
 */
public final class AuditService {
  private final UnitOfWork unitOfWork;
  private final AuditLog log;
  private final TenantRepository tenants;
  private final Duration retention;
  private final Clock clock;

  public AuditService(
      UnitOfWork unitOfWork,
      AuditLog log,
      TenantRepository tenants,
      Duration retention,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.log = log;
    this.tenants = tenants;
    this.retention = retention;
    this.clock = clock;
  }

  public Page<AuditEvent> search(Actor actor, SearchAuditQuery query) {
    actor.require(Permission.AUDIT_READ);
    AuditQuery parsed = parse(query);
    return unitOfWork.inTenant(actor.tenant(), () -> log.search(parsed));
  }

  public ChainVerification verify(Actor actor) {
    actor.require(Permission.AUDIT_READ);
    return unitOfWork.inTenant(actor.tenant(), log::verify);
  }

  /** Platform admins read one named tenant's trail; {@code tenant} is required. */
  public Page<AuditEvent> searchTenant(Actor actor, String tenant, SearchAuditQuery query) {
    actor.requirePlatformAdmin();
    TenantSlug slug = existing(tenant);
    AuditQuery parsed = parse(query);
    return unitOfWork.inTenant(slug, () -> log.search(parsed));
  }

  public ChainVerification verifyTenant(Actor actor, String tenant) {
    actor.requirePlatformAdmin();
    TenantSlug slug = existing(tenant);
    return unitOfWork.inTenant(slug, log::verify);
  }

  /** Deletes every tenant's events older than the retention period; returns how many. */
  public long purgeExpired() {
    Instant cutoff = clock.instant().minus(retention);
    long purged = 0;
    for (TenantSlug slug : allTenants()) {
      purged += unitOfWork.inTenant(slug, () -> log.purgeBefore(cutoff));
    }
    return purged;
  }

  private List<TenantSlug> allTenants() {
    List<TenantSlug> slugs = new ArrayList<>();
    for (int page = 0; ; page++) {
      TenantQuery query =
          new TenantQuery(
              Optional.empty(),
              Optional.empty(),
              new PageRequest(page, PageRequest.MAX_SIZE, TenantQuery.DEFAULT_SORT));
      Page<Tenant> found = unitOfWork.inControl(() -> tenants.search(query));
      found.items().forEach(t -> slugs.add(t.slug()));
      if (found.items().size() < PageRequest.MAX_SIZE) {
        return slugs;
      }
    }
  }

  private TenantSlug existing(String tenant) {
    if (tenant == null || tenant.isBlank()) {
      throw new RuleViolationException("tenant", "must not be blank");
    }
    TenantSlug slug = new TenantSlug(tenant.strip());
    unitOfWork
        .inControl(() -> tenants.findBySlug(slug))
        .orElseThrow(() -> new NotFoundException("tenant not found"));
    return slug;
  }

  private static AuditQuery parse(SearchAuditQuery query) {
    Optional<Instant> from = Paging.text(query.from()).map(raw -> instant(raw, "from"));
    Optional<Instant> to = Paging.text(query.to()).map(raw -> instant(raw, "to"));
    if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
      throw new RuleViolationException("from", "must be before to");
    }
    return new AuditQuery(
        Paging.text(query.type()).map(raw -> AuditEventType.fromWire(raw, "type")),
        Paging.text(query.actorId()).map(AuditService::userId),
        from,
        to,
        Paging.of(
            query.page(),
            query.size(),
            query.sort(),
            AuditQuery.SORTABLE,
            AuditQuery.DEFAULT_SORT));
  }

  private static Instant instant(String raw, String field) {
    try {
      return Instant.parse(raw);
    } catch (DateTimeParseException e) {
      throw new RuleViolationException(field, "must be an RFC 3339 timestamp in UTC");
    }
  }

  private static UserId userId(String raw) {
    try {
      return new UserId(UUID.fromString(raw));
    } catch (IllegalArgumentException e) {
      throw new RuleViolationException("actor_id", "must be a UUID");
    }
  }
}
