package io.tenantry.application.webhook;

import io.tenantry.domain.tenant.TenantRef;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenants this replica knows to have webhook deliveries waiting, so the dispatcher visits those
 * schemas rather than every tenant's on each run; a periodic full pass finds the rest (deliveries
 * queued on another replica, or before a restart). With each the number of waiting deliveries the
 * dispatcher last counted: together the queue depth this replica sees.
 */
public final class PendingTenants {
  private final Map<TenantRef, Long> tenants = new ConcurrentHashMap<>();

  public void add(TenantRef tenant) {
    tenants.putIfAbsent(tenant, 0L);
  }

  public void addAll(List<TenantRef> all) {
    all.forEach(this::add);
  }

  /** What the dispatcher counted after its pass over the tenant; none left forgets the tenant. */
  public void counted(TenantRef tenant, long waiting) {
    if (waiting == 0) {
      tenants.remove(tenant);
    } else {
      tenants.put(tenant, waiting);
    }
  }

  public void remove(TenantRef tenant) {
    tenants.remove(tenant);
  }

  public List<TenantRef> snapshot() {
    return List.copyOf(tenants.keySet());
  }

  /** Deliveries waiting, as last counted per tenant. */
  public long depth() {
    return tenants.values().stream().mapToLong(Long::longValue).sum();
  }
}
