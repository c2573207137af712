package io.tenantry.application.tenant;

import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantQuery;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.UserRepository;

/** Reads tenants: the caller's own, and for platform admins the list and any one of them. */
public final class ReadTenants {
  private final UnitOfWork unitOfWork;
  private final TenantRepository tenants;
  private final UserRepository users;

  public ReadTenants(UnitOfWork unitOfWork, TenantRepository tenants, UserRepository users) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.users = users;
  }

  public TenantView current(Actor actor) {
    actor.require(Permission.TENANT_READ);
    return unitOfWork.inControl(() -> TenantView.of(load(tenants, actor.tenantId())));
  }

  public Page<TenantView> list(Actor actor, TenantQuery query) {
    actor.requirePlatformAdmin();
    return unitOfWork.inControl(() -> tenants.search(query).map(TenantView::of));
  }

  /** One tenant with its number of users. */
  public TenantView get(Actor actor, TenantId id) {
    actor.requirePlatformAdmin();
    Tenant tenant = unitOfWork.inControl(() -> load(tenants, id));
    long userCount = unitOfWork.inTenant(tenant.ref(), users::count);
    return TenantView.of(tenant, userCount);
  }

  static Tenant load(TenantRepository tenants, TenantId id) {
    return tenants.findById(id).orElseThrow(() -> new NotFoundException("tenant not found"));
  }
}
