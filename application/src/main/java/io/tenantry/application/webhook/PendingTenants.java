package io.tenantry.application.webhook;

import io.tenantry.domain.tenant.TenantRef;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenants this replica knows to have webhook deliveries waiting, so the dispatcher visits those
 * schemas rather than every tenant's on each run; a periodic full pass finds the rest (deliveries
 * queued on another replica, or before a restart).
 */
public final class PendingTenants {
  private final Set<TenantRef> tenants = ConcurrentHashMap.newKeySet();

  public void add(TenantRef tenant) {
    tenants.add(tenant);
  }

  public void addAll(List<TenantRef> all) {
    tenants.addAll(all);
  }

  public void remove(TenantRef tenant) {
    tenants.remove(tenant);
  }

  public List<TenantRef> snapshot() {
    return List.copyOf(tenants);
  }
}
