package io.tenantry.application.tenant;

import io.tenantry.application.event.DomainEvent;
import io.tenantry.application.event.PlatformAdminAction;
import io.tenantry.application.event.TenantSuspended;
import io.tenantry.application.event.TenantUpdated;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.shared.Versions;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRepository;
import java.time.Clock;
import java.time.Instant;

/**
 * A platform admin renames, suspends or re-activates a tenant. Suspension is its own event: once it
 * commits, the tenant's users can neither log in nor use their access tokens.
 */
public final class UpdateTenant {
  private final UnitOfWork unitOfWork;
  private final TenantRepository tenants;
  private final DomainEvents events;
  private final Clock clock;

  public UpdateTenant(
      UnitOfWork unitOfWork, TenantRepository tenants, DomainEvents events, Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.events = events;
    this.clock = clock;
  }

  public TenantView update(Actor actor, TenantId id, UpdateTenantCommand command) {
    actor.requirePlatformAdmin();
    Tenant target = unitOfWork.inControl(() -> ReadTenants.load(tenants, id));
    // In the tenant's own unit of work (the registry is reachable there) so the audit row lands
    // in its trail in the same transaction.
    Tenant saved =
        unitOfWork.inTenant(
            target.ref(),
            () -> {
              Tenant tenant = ReadTenants.load(tenants, id);
              Versions.check(command.expectedVersion(), tenant.revision().version());
              Instant now = clock.instant();
              boolean wasActive = tenant.isActive();
              command.name().ifPresent(n -> tenant.rename(n, now));
              command
                  .selfRegistration()
                  .ifPresent(open -> tenant.changeSelfRegistration(open, now));
              command.status().ifPresent(s -> tenant.changeStatus(s, now));
              publishChanges(actor, tenant, wasActive, command);
              return tenants.save(tenant);
            });
    return TenantView.of(saved);
  }

  private void publishChanges(
      Actor actor, Tenant tenant, boolean wasActive, UpdateTenantCommand command) {
    if (wasActive && !tenant.isActive()) {
      publish(tenant, new TenantSuspended(actor.initiator(), tenant.ref()));
    }
    boolean reactivated = !wasActive && tenant.isActive();
    if (command.name().isPresent() || command.selfRegistration().isPresent() || reactivated) {
      publish(
          tenant,
          new TenantUpdated(
              actor.initiator(),
              tenant.ref(),
              command.name(),
              command.selfRegistration(),
              reactivated));
    }
  }

  /** In the tenant's trail and, unless that already is the platform's, in the system trail. */
  private void publish(Tenant tenant, DomainEvent event) {
    events.publish(event);
    if (!tenant.slug().isSystem()) {
      events.publish(new PlatformAdminAction(event));
    }
  }
}
