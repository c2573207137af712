package io.tenantry.application.mail;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The outbox as the dispatcher sees it; every call joins the current unit of work. */
public interface MailQueue {
  /**
   * The next mail due at {@code now}, locked until the unit of work ends and skipped by other
   * replicas meanwhile.
   */
  Optional<QueuedMail> claimNextDue(Instant now);

  /** Marks it sent and scrubs the values (they may hold a one-time link). */
  void markSent(UUID id, Instant now);

  void scheduleRetry(UUID id, int attempts, Instant nextAttempt, String error);

  /** Gives up on it; the values are scrubbed, the row kept for operators. */
  void markDead(UUID id, int attempts, String error);
}
