package io.tenantry.bootstrap.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.tenantry.application.UseCases;
import io.tenantry.bootstrap.jobs.TenantPasses;
import io.tenantry.bootstrap.retention.RetentionPurges;
import io.tenantry.rest.metrics.DependencyOutages;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The audit trail's scheduled work: anchoring the head of every trail that moved, every {@code
 * app.audit.anchor-interval}, and deleting events older than {@code app.audit.retention}, daily by
 * default. The first anchoring waits {@code app.audit.anchor-delay} (30 s), so that it does not
 * compete with the start and the first requests. Overlapping runs are skipped; several replicas
 * running either at once is harmless (anchors that agree, deletes of the same rows). A tenant the
 * anchoring fails on is logged and counted ({@code audit_anchor_failures_total}), and retried on
 * the next pass (the counter is registered at start, so it reads 0 rather than nothing). The
 * retention purge is timed and counted by {@link RetentionPurges}.
 */
@Startup
@ApplicationScoped
public class AuditJobs {
  private static final Logger LOG = Logger.getLogger(AuditJobs.class);

  private final UseCases useCases;
  private final DependencyOutages outages;
  private final RetentionPurges purges;
  private final Counter anchorFailures;

  AuditJobs(
      UseCases useCases,
      DependencyOutages outages,
      RetentionPurges purges,
      MeterRegistry registry) {
    this.useCases = useCases;
    this.outages = outages;
    this.purges = purges;
    this.anchorFailures =
        Counter.builder("audit.anchor.failures")
            .description(
                "Tenants an audit anchoring pass failed on (their marks stay for the next)")
            .register(registry);
  }

  @Scheduled(
      every = "${app.audit.anchor-interval:5m}",
      delayed = "${app.audit.anchor-delay:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  public void anchor() {
    long anchored =
        outages.cycle(
            "Audit anchoring",
            () ->
                TenantPasses.reported(
                    useCases.anchorAuditChains.anchorAll(), "Audit anchoring", anchorFailures));
    LOG.debugf("Anchored %d audit trail(s)", anchored);
  }

  @Scheduled(
      cron = "${app.audit.purge-cron:0 30 3 * * ?}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  public void purge() {
    long purged =
        purges.run(RetentionPurges.Job.AUDIT_EVENTS, useCases.purgeAuditEvents::purgeExpired);
    if (purged > 0) {
      LOG.infof("Purged %d audit event(s) past their retention", purged);
    }
  }
}
