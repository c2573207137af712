package io.tenantry.bootstrap.audit;

import io.quarkus.scheduler.Scheduled;
import io.tenantry.application.UseCases;
import io.tenantry.rest.metrics.DependencyOutages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The audit trail's scheduled work: anchoring the head of every trail that moved, every {@code
 * app.audit.anchor-interval}, and deleting events older than {@code app.audit.retention}, daily by
 * default. The first anchoring waits {@code app.audit.anchor-delay} (30 s), so that it does not
 * compete with the start and the first requests. Overlapping runs are skipped; several replicas
 * running either at once is harmless (anchors that agree, deletes of the same rows).
 */
@ApplicationScoped
public class AuditJobs {
  private static final Logger LOG = Logger.getLogger(AuditJobs.class);

  @Inject UseCases useCases;
  @Inject DependencyOutages outages;

  @Scheduled(
      every = "${app.audit.anchor-interval:5m}",
      delayed = "${app.audit.anchor-delay:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  public void anchor() {
    long anchored = outages.cycle("Audit anchoring", useCases.anchorAuditChains::anchorAll);
    LOG.debugf("Anchored %d audit trail(s)", anchored);
  }

  @Scheduled(
      cron = "${app.audit.purge-cron:0 30 3 * * ?}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  public void purge() {
    long purged = outages.cycle("Audit retention", useCases.purgeAuditEvents::purgeExpired);
    if (purged > 0) {
      LOG.infof("Purged %d audit event(s) past their retention", purged);
    }
  }
}
