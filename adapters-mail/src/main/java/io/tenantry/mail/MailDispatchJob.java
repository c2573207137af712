package io.tenantry.mail;

import io.quarkus.scheduler.Scheduled;
import io.tenantry.application.mail.MailDispatcher;
import io.tenantry.application.shared.DependencyFailures;
import io.tenantry.domain.shared.UnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Polls the outbox and delivers due mail; overlapping runs are skipped, not queued. */
@ApplicationScoped
public class MailDispatchJob {
  private static final Logger LOG = Logger.getLogger(MailDispatchJob.class);
  private static final int BATCH = 50;

  @Inject MailDispatcher dispatcher;
  @Inject DependencyFailures failures;
  @Inject Event<UnavailableException> outages;

  // The first run waits until the start is over (ready is about a second after the scheduler
  // starts, longer on a busy machine): a run during the start competes with it for the CPU.
  @Scheduled(
      every = "${app.mail.dispatch-interval:5s}",
      delayed = "${app.mail.dispatch-delay:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  @ActivateRequestContext // also when woken by a commit (OutboxWakeups), outside the scheduler
  public void dispatch() {
    try {
      int sent = dispatcher.dispatchDue(BATCH);
      if (sent > 0) {
        LOG.debugf("Sent %d mail(s) from the outbox", sent);
      }
    } catch (RuntimeException e) {
      // During a database outage every cycle fails the same way: one line each, no stack trace.
      UnavailableException down = failures.unavailable(e).orElseThrow(() -> e);
      LOG.warnf(
          "Mail dispatch skipped this cycle: %s unavailable (%s)",
          down.dependency(), down.reason());
      outages.fire(down); // counted with the API's 503s
    }
  }
}
