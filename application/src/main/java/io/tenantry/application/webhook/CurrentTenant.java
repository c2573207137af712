package io.tenantry.application.webhook;

import io.tenantry.domain.tenant.TenantRef;
import java.util.Optional;

/** The tenant the running unit of work is bound to; none in the control schema. */
public interface CurrentTenant {
  Optional<TenantRef> get();
}
