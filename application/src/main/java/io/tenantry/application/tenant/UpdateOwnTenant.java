package io.tenantry.application.tenant;

import io.tenantry.application.event.TenantUpdated;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.shared.Versions;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.user.Permission;
import java.time.Clock;
import java.time.Instant;

/** The caller's own tenant: rename it, open or close self-registration. */
public final class UpdateOwnTenant {
  private final UnitOfWork unitOfWork;
  private final TenantRepository tenants;
  private final DomainEvents events;
  private final Clock clock;

  public UpdateOwnTenant(
      UnitOfWork unitOfWork, TenantRepository tenants, DomainEvents events, Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.events = events;
    this.clock = clock;
  }

  public TenantView update(Actor actor, UpdateTenantCommand command) {
    actor.require(Permission.TENANT_UPDATE);
    if (command.status().isPresent()) {
      throw new RuleViolationException("status", "only a platform admin changes a tenant's status");
    }
    // In the tenant's own unit of work (the registry is reachable there) so the audit row lands
    // in its trail in the same transaction.
    Tenant saved =
        unitOfWork.inTenant(
            actor.tenantRef(),
            () -> {
              Tenant tenant = ReadTenants.load(tenants, actor.tenantId());
              Versions.check(command.expectedVersion(), tenant.version());
              Instant now = clock.instant();
              command.name().ifPresent(n -> tenant.rename(n, now));
              command
                  .selfRegistration()
                  .ifPresent(open -> tenant.changeSelfRegistration(open, now));
              events.publish(
                  new TenantUpdated(
                      actor.initiator(),
                      tenant.ref(),
                      command.name(),
                      command.selfRegistration(),
                      false));
              return tenants.save(tenant);
            });
    return TenantView.of(saved);
  }
}
