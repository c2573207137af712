package io.tenantry.bootstrap.audit;

import io.quarkus.scheduler.Scheduled;
import io.tenantry.application.UseCases;
import io.tenantry.rest.metrics.DependencyOutages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Deletes audit events older than {@code app.audit.retention} in every tenant, daily by default;
 * overlapping runs are skipped. Running it on several replicas at once is harmless.
 */
@ApplicationScoped
public class AuditRetentionJob {
  private static final Logger LOG = Logger.getLogger(AuditRetentionJob.class);

  @Inject UseCases useCases;
  @Inject DependencyOutages outages;

  @Scheduled(
      cron = "${app.audit.purge-cron:0 30 3 * * ?}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  public void purge() {
    try {
      long purged = useCases.purgeAuditEvents.purgeExpired();
      if (purged > 0) {
        LOG.infof("Purged %d audit event(s) past their retention", purged);
      }
    } catch (RuntimeException e) {
      if (!outages.skipped("Audit retention", e)) {
        throw e;
      }
    }
  }
}
