package io.tenantry.bootstrap.jobs;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.tenantry.application.shared.CoalescedRuns;
import io.tenantry.application.shared.OutboxFilled;
import io.tenantry.application.shared.OutboxFilled.Outbox;
import io.tenantry.mail.MailDispatchJob;
import io.tenantry.webhooks.WebhookDispatchJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Starts a dispatcher as soon as a commit on any replica queued mail or webhook deliveries ({@link
 * OutboxFilled}, from PostgreSQL {@code NOTIFY}), instead of at its next poll: a password reset
 * mail or a webhook leaves within milliseconds, not up to {@code app.mail.dispatch-interval} or
 * {@code app.webhooks.dispatch-interval} later. The polls stay, for retries that fall due and for
 * signals missed while the listening connection was down. One thread per outbox, so a slow SMTP
 * server does not hold webhooks back; signals during a run make one more run after it.
 */
@ApplicationScoped
public class OutboxWakeups {
  private static final Logger LOG = Logger.getLogger(OutboxWakeups.class);

  @Inject MailDispatchJob mail;
  @Inject WebhookDispatchJob webhooks;

  private final Map<Outbox, ExecutorService> threads = new EnumMap<>(Outbox.class);
  private final Map<Outbox, CoalescedRuns> runs = new EnumMap<>(Outbox.class);
  private volatile boolean running;

  void started(@Observes StartupEvent event) {
    start(Outbox.MAIL, "mail-dispatch-wakeup", () -> mail.dispatch());
    start(Outbox.WEBHOOKS, "webhook-dispatch-wakeup", () -> webhooks.dispatch());
    running = true;
  }

  void filled(@Observes OutboxFilled filled) {
    if (running) { // read first: the runs were put before it was set
      CoalescedRuns run = runs.get(filled.outbox());
      if (run != null) {
        run.ask();
      }
    }
  }

  void stopping(@Observes ShutdownEvent event) {
    running = false;
    threads.values().forEach(ExecutorService::shutdown);
  }

  private void start(Outbox outbox, String threadName, Runnable dispatch) {
    ExecutorService thread =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread started = new Thread(task, threadName);
              started.setDaemon(true);
              return started;
            });
    threads.put(outbox, thread);
    runs.put(
        outbox,
        new CoalescedRuns(
            thread,
            () -> {
              try {
                dispatch.run();
              } catch (RuntimeException e) {
                // The type only: a message can carry SQL or an address.
                LOG.warnf("Dispatch of the %s outbox failed: %s", outbox, e.getClass().getName());
              }
            }));
  }
}
