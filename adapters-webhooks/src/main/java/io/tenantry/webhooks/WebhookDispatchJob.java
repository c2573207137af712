package io.tenantry.webhooks;

import io.quarkus.scheduler.Scheduled;
import io.tenantry.application.UseCases;
import io.tenantry.application.shared.DependencyFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Polls the webhook outbox of the tenants marked as having deliveries waiting (marked in the
 * database with the delivery, by whichever replica queued it); overlapping runs are skipped.
 */
@ApplicationScoped
public class WebhookDispatchJob {
  private static final Logger LOG = Logger.getLogger(WebhookDispatchJob.class);
  private static final int BATCH = 50;

  @Inject UseCases useCases;
  @Inject DependencyFailures failures;

  // First runs after the start is over (ready is about a second after the scheduler starts, longer
  // on a busy machine): a run during the start competes with it for the CPU.
  @Scheduled(
      every = "${app.webhooks.dispatch-interval:5s}",
      delayed = "${app.webhooks.dispatch-delay:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  @ActivateRequestContext // also when woken by a commit (OutboxWakeups), outside the scheduler
  public void dispatch() {
    try {
      useCases.dispatchWebhooks.dispatchDue(BATCH);
    } catch (RuntimeException e) {
      LOG.warnf(
          "Webhook dispatch skipped this cycle: %s",
          failures
              .unavailable(e)
              .map(down -> down.dependency() + " unavailable (" + down.reason() + ")")
              .orElse(e.getClass().getSimpleName()));
    }
  }
}
