package io.tenantry.persistence.ops;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the tenant schemas are migrated and tenant {@code system} exists. */
@Readiness
@ApplicationScoped
public class TenantSchemasReadiness implements HealthCheck {
  private volatile boolean migrated;

  public void markMigrated() {
    migrated = true;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("tenant-schemas").status(migrated).build();
  }
}
