package io.tenantry.application.webhook;

import io.tenantry.domain.tenant.TenantRef;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The number of webhook deliveries waiting per tenant, as the dispatcher last counted them after a
 * visit: together the queue depth this replica sees. Which tenants to visit is not kept here but in
 * the database ({@link io.tenantry.domain.tenant.PendingWork}), so no replica misses a delivery.
 */
public final class PendingTenants {
  private final Map<TenantRef, Long> tenants = new ConcurrentHashMap<>();

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

  /** Forgets the tenants no longer marked: emptied by another replica, or deleted. */
  public void retainOnly(Collection<TenantRef> marked) {
    tenants.keySet().retainAll(marked);
  }

  /** Deliveries waiting, as last counted per tenant. */
  public long depth() {
    return tenants.values().stream().mapToLong(Long::longValue).sum();
  }
}
