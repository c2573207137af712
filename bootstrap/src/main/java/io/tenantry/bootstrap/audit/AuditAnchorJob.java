package io.tenantry.bootstrap.audit;

import io.quarkus.scheduler.Scheduled;
import io.tenantry.application.UseCases;
import io.tenantry.rest.metrics.DependencyOutages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Anchors the head of every trail that moved, every {@code app.audit.anchor-interval}; overlapping
 * runs are skipped. Several replicas anchoring at once only add anchors that agree. The first run
 * waits {@code app.audit.anchor-delay} (30 s) so that a pass over every tenant does not compete
 * with the start and the first requests.
 */
@ApplicationScoped
public class AuditAnchorJob {
  private static final Logger LOG = Logger.getLogger(AuditAnchorJob.class);

  @Inject UseCases useCases;
  @Inject DependencyOutages outages;

  @Scheduled(
      every = "${app.audit.anchor-interval:5m}",
      delayed = "${app.audit.anchor-delay:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  public void anchor() {
    try {
      int anchored = useCases.anchorAuditChains.anchorAll();
      LOG.debugf("Anchored %d audit trail(s)", anchored);
    } catch (RuntimeException e) {
      if (!outages.skipped("Audit anchoring", e)) {
        throw e;
      }
    }
  }
}
