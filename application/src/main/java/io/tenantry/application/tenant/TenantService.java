package io.tenantry.application.tenant;

import io.tenantry.application.audit.AuditTrail;
import io.tenantry.application.auth.SessionIssuer;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.shared.Versions;
import io.tenantry.application.user.UserView;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditTarget;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantName;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.user.Permission;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The caller's own tenant: read it, rename it, open or close self-registration. */
public final class TenantService {
  private final UnitOfWork unitOfWork;
  private final TenantRepository tenants;
  private final TenantDirectory directory;
  private final TenantProvisioning provisioning;
  private final SessionIssuer sessions;
  private final boolean signupEnabled;
  private final AuditTrail audit;
  private final Clock clock;

  public TenantService(
      UnitOfWork unitOfWork,
      TenantRepository tenants,
      TenantDirectory directory,
      TenantProvisioning provisioning,
      SessionIssuer sessions,
      boolean signupEnabled,
      AuditTrail audit,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.directory = directory;
    this.provisioning = provisioning;
    this.sessions = sessions;
    this.signupEnabled = signupEnabled;
    this.audit = audit;
    this.clock = clock;
  }

  /** Public sign-up: a new tenant, its owner and their first session; off unless enabled. */
  public SignupResult signUp(CreateTenantCommand command) {
    if (!signupEnabled) {
      throw new ForbiddenException("registration_closed", "public tenant sign-up is disabled");
    }
    if (command.ownerPassword() == null) {
      throw new RuleViolationException("owner.password", "must not be null");
    }
    return provisioning.createWithOwner(
        Optional.empty(),
        command,
        (tenant, owner) ->
            new SignupResult(
                TenantView.of(tenant), UserView.of(owner), sessions.startSession(tenant, owner)));
  }

  public TenantView current(Actor actor) {
    actor.require(Permission.TENANT_READ);
    return unitOfWork.inControl(() -> TenantView.of(load(actor)));
  }

  public TenantView updateCurrent(Actor actor, UpdateTenantCommand command) {
    actor.require(Permission.TENANT_UPDATE);
    if (command.status().isPresent()) {
      throw new RuleViolationException("status", "only a platform admin changes a tenant's status");
    }
    var name = command.name().map(TenantName::new);
    // In the tenant's own unit of work (the registry is reachable there) so the audit row lands
    // in its trail in the same transaction.
    Tenant saved =
        unitOfWork.inTenant(
            actor.tenant(),
            () -> {
              Tenant tenant = load(actor);
              Versions.check(command.expectedVersion(), tenant.version());
              Instant now = clock.instant();
              name.ifPresent(n -> tenant.rename(n, now));
              command
                  .selfRegistration()
                  .ifPresent(open -> tenant.changeSelfRegistration(open, now));
              Map<String, String> changes = new TreeMap<>();
              name.ifPresent(n -> changes.put("name", n.value()));
              command
                  .selfRegistration()
                  .ifPresent(open -> changes.put("self_registration", Boolean.toString(open)));
              audit.record(
                  AuditEventType.TENANT_UPDATED, actor, AuditTarget.tenant(tenant.id()), changes);
              return tenants.save(tenant);
            });
    directory.invalidate(saved);
    return TenantView.of(saved);
  }

  private Tenant load(Actor actor) {
    return tenants
        .findById(actor.tenantId())
        .orElseThrow(() -> new NotFoundException("tenant not found"));
  }
}
