package io.tenantry.application.tenant;

import io.tenantry.application.event.PlatformAdminAction;
import io.tenantry.application.event.TenantDeleted;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRepository;

/**
 * A platform admin removes a tenant, its schema and everything in it, in one unit of work that also
 * records the deletion in the {@code system} trail.
 */
public final class DeleteTenant {
  private final UnitOfWork unitOfWork;
  private final TenantRepository tenants;
  private final TenantSchemaManager schemas;
  private final DomainEvents events;

  public DeleteTenant(
      UnitOfWork unitOfWork,
      TenantRepository tenants,
      TenantSchemaManager schemas,
      DomainEvents events) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.schemas = schemas;
    this.events = events;
  }

  public void delete(Actor actor, TenantId id) {
    actor.requirePlatformAdmin();
    unitOfWork.inControl(
        () -> {
          Tenant tenant = ReadTenants.load(tenants, id);
          if (tenant.slug().isSystem()) {
            throw new ForbiddenException("the system tenant cannot be deleted");
          }
          tenants.delete(tenant.id());
          schemas.drop(tenant.slug());
          TenantDeleted deleted = new TenantDeleted(actor.initiator(), tenant.ref());
          events.publish(deleted);
          // The tenant's own trail is dropped with its schema; the platform's keeps the deletion.
          events.publish(new PlatformAdminAction(deleted));
          return tenant;
        });
  }
}
