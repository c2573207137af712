package io.tenantry.application.mail;

import io.tenantry.application.shared.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delivers the outbox: one mail per unit of work, claimed with a row lock that other replicas skip,
 * sent, then marked sent (values scrubbed) or scheduled for a retry with backoff. A crash between
 * sending and commit sends the mail again with the same Message-ID: at least once, never lost.
 */
public final class MailDispatcher {
  private final UnitOfWork unitOfWork;
  private final MailQueue queue;
  private final MailSender sender;
  private final RetryPolicy retry;
  private final Clock clock;

  public MailDispatcher(
      UnitOfWork unitOfWork, MailQueue queue, MailSender sender, RetryPolicy retry, Clock clock) {
    this.unitOfWork = unitOfWork;
    this.queue = queue;
    this.sender = sender;
    this.retry = retry;
    this.clock = clock;
  }

  /** Works through due mails, at most {@code limit}; returns how many were sent. */
  public int dispatchDue(int limit) {
    int sent = 0;
    for (int i = 0; i < limit; i++) {
      Optional<Boolean> delivered =
          unitOfWork.inControl(() -> queue.claimNextDue(clock.instant()).map(this::deliver));
      if (delivered.isEmpty()) {
        break;
      }
      if (delivered.get()) {
        sent++;
      }
    }
    return sent;
  }

  private boolean deliver(QueuedMail mail) {
    Instant now = clock.instant();
    try {
      sender.send(mail);
      queue.markSent(mail.id(), now);
      return true;
    } catch (MailDeliveryException e) {
      int attempts = mail.attempts() + 1;
      String error = e.getMessage();
      if (retry.isExhausted(attempts)) {
        queue.markDead(mail.id(), attempts, error);
      } else {
        queue.scheduleRetry(
            mail.id(),
            attempts,
            now.plus(retry.delayAfter(attempts, ThreadLocalRandom.current()::nextDouble)),
            error);
      }
      return false;
    }
  }
}
