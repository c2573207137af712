package io.tenantry.application.fakes;

import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSlug;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the work directly, remembering which tenant it is bound to so that the tenant-owned fakes
 * can partition their data the way the schema-per-tenant adapter does.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {
  private final ThreadLocal<TenantSlug> current = new ThreadLocal<>();
  private final List<TenantSlug> tenantsEntered = new ArrayList<>();

  @Override
  public <T> T inTenant(TenantRef tenant, Supplier<T> work) {
    TenantSlug outer = current.get();
    current.set(tenant.slug());
    tenantsEntered.add(tenant.slug());
    try {
      return work.get();
    } finally {
      current.set(outer);
    }
  }

  @Override
  public <T> T inControl(Supplier<T> work) {
    return work.get();
  }

  /**
   * Runs one auto-commit statement's worth of work in {@code tenant} outside any unit of work, as
   * the adapter's schema-qualified statements do; refused inside one, as the port's contract says.
   */
  <T> T alone(TenantRef tenant, Supplier<T> work) {
    if (current.get() != null) {
      throw new IllegalStateException("a statement of its own run inside a unit of work");
    }
    current.set(tenant.slug());
    try {
      return work.get();
    } finally {
      current.remove();
    }
  }

  /** The tenant the running work is bound to; tenant-owned data is unreachable without one. */
  TenantSlug currentTenant() {
    TenantSlug tenant = current.get();
    if (tenant == null) {
      throw new IllegalStateException("tenant-owned data used outside a tenant unit of work");
    }
    return tenant;
  }

  public List<TenantSlug> tenantsEntered() {
    return List.copyOf(tenantsEntered);
  }
}
