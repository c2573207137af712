package io.tenantry.application.shared;

import io.tenantry.domain.tenant.TenantRef;
import java.util.function.Supplier;

/**
 * Runs a use case's reads and writes as one transaction. Inside {@link #inTenant} the tenant-owned
 * repositories see that tenant's data only; the tenant registry is reachable in both.
 */
public interface UnitOfWork {
  <T> T inTenant(TenantRef tenant, Supplier<T> work);

  <T> T inControl(Supplier<T> work);

  default void inTenant(TenantRef tenant, Runnable work) {
    inTenant(
        tenant,
        () -> {
          work.run();
          return null;
        });
  }
}
