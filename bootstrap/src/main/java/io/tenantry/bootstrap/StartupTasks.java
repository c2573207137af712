package io.tenantry.bootstrap;

import io.quarkus.runtime.StartupEvent;
import io.tenantry.application.UseCases;
import io.tenantry.bootstrap.config.AppConfig;
import io.tenantry.persistence.ops.TenantSchemasReadiness;
import io.tenantry.persistence.tenant.FlywayTenantSchemaManager;
import io.tenantry.security.JwtKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * On start: upgrade only the tenant schemas that are behind, make sure tenant {@code system} and
 * its first admin exist, then report ready and say where the API, the pages and the docs are.
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
      JwtKeys keys,
      @ConfigProperty(name = "quarkus.management.port", defaultValue = "9000") int managementPort) {
    // Load the signing keys now: a broken key file fails the start, not the first login.
    LOG.infof("Signing access tokens with key %s", keys.currentKid());
    int upgraded = schemas.upgradeOutdatedSchemas();
    if (upgraded > 0) {
      LOG.infof("Upgraded %d tenant schema(s) to the latest version", upgraded);
    }
    useCases.bootstrapSystemTenant.bootstrap(
        config.bootstrap().admin().email(), config.bootstrap().admin().password());
    readiness.markMigrated();
    String url = config.publicUrl().replaceAll("/+$", "");
    LOG.infof(
        "Tenantry is ready: API %1$s/api/v1, sign-in page %1$s/sign-in, account page %1$s/account,"
            + " console %1$s/console,"
            + " OpenID Connect discovery %1$s/.well-known/openid-configuration;"
            + " health, metrics and the OpenAPI document on port %2$d under /q/health, /q/metrics,"
            + " /q/openapi; guides in docs/api (README: \"Use Tenantry from your app\")",
        url, managementPort);
  }
}
