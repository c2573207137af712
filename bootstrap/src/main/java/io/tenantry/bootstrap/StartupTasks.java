package io.tenantry.bootstrap;

import io.quarkus.runtime.StartupEvent;
import io.tenantry.application.UseCases;
import io.tenantry.bootstrap.config.AppConfig;
import io.tenantry.persistence.ops.TenantSchemasReadiness;
import io.tenantry.persistence.tenant.FlywayTenantSchemaManager;
import io.tenantry.security.JwtKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * On start: upgrade only the tenant schemas that are behind, make sure tenant {@code system} and
 * its first admin exist, then report ready.
 */
@ApplicationScoped
public class StartupTasks {
  private static final Logger LOG = Logger.getLogger(StartupTasks.class);

  void onStart(
      @Observes StartupEvent event,
      FlywayTenantSchemaManager schemas,
      UseCases useCases,
      AppConfig config,
      @Readiness TenantSchemasReadiness readiness,
      JwtKeys keys) {
    // Load the signing keys now: a broken key file fails the start, not the first login.
    LOG.infof("Signing access tokens with key %s", keys.currentKid());
    int upgraded = schemas.upgradeOutdatedSchemas();
    if (upgraded > 0) {
      LOG.infof("Upgraded %d tenant schema(s) to the latest version", upgraded);
    }
    useCases.bootstrapSystemTenant.bootstrap(
        config.bootstrap().admin().email(), config.bootstrap().admin().password());
    readiness.markMigrated();
  }
}
