package io.tenantry.persistence.webhook;

import io.tenantry.application.webhook.CurrentTenant;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.persistence.shared.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The tenant the running unit of work is bound to, from the persistence adapter's context. */
@ApplicationScoped
public class BoundTenant implements CurrentTenant {
  @Inject TenantContext context;

  @Override
  public Optional<TenantRef> get() {
    return context.bound();
  }
}
