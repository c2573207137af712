package io.tenantry.mail;

import io.quarkus.scheduler.Scheduled;
import io.tenantry.application.mail.MailDispatcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Polls the outbox and delivers due mail; overlapping runs are skipped, not queued. */
@ApplicationScoped
public class MailDispatchJob {
  private static final Logger LOG = Logger.getLogger(MailDispatchJob.class);
  private static final int BATCH = 50;

  @Inject MailDispatcher dispatcher;

  @Scheduled(
      every = "${app.mail.dispatch-interval:5s}",
      delayed = "${app.mail.dispatch-delay:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void dispatch() {
    int sent = dispatcher.dispatchDue(BATCH);
    if (sent > 0) {
      LOG.debugf("Sent %d mail(s) from the outbox", sent);
    }
  }
}
