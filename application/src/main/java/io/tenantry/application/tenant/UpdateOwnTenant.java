package io.tenantry.application.tenant;

import io.tenantry.application.event.TenantUpdated;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.shared.Versions;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;

/** The caller's own tenant: rename it, open or close self-registration, require MFA. */
public final class UpdateOwnTenant {
  private final UnitOfWork unitOfWork;
  private final TenantRepository tenants;
  private final UserRepository users;
  private final DomainEvents events;
  private final Clock clock;

  public UpdateOwnTenant(
      UnitOfWork unitOfWork,
      TenantRepository tenants,
      UserRepository users,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.users = users;
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
              Versions.check(command.expectedVersion(), tenant.revision().version());
              Instant now = clock.instant();
              command.name().ifPresent(n -> tenant.rename(n, now));
              command
                  .selfRegistration()
                  .ifPresent(open -> tenant.changeSelfRegistration(open, now));
              command.mfaRequired().ifPresent(on -> requireMfa(actor, tenant, on, now));
              events.publish(
                  new TenantUpdated(
                      actor.initiator(),
                      tenant.ref(),
                      command.name(),
                      command.selfRegistration(),
                      false,
                      command.mfaRequired()));
              return tenants.save(tenant);
            });
    return TenantView.of(saved);
  }

  /**
   * Whoever turns the policy on must have MFA themselves (409 otherwise): the policy would send
   * them through enrolment at their next login, and it proves the set-up works before it binds
   * everyone else.
   */
  private void requireMfa(Actor actor, Tenant tenant, boolean on, Instant now) {
    boolean hasMfa = users.findById(actor.userId()).map(User::mfaEnabled).orElse(false);
    if (on && !tenant.mfaRequired() && !hasMfa) {
      throw new ConflictException(
          "mfa_not_enabled", "set up MFA for yourself before requiring it of everyone");
    }
    tenant.changeMfaRequired(on, now);
  }
}
