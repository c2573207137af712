package io.tenantry.persistence.mail;

import io.tenantry.application.mail.MailQueue;
import io.tenantry.application.mail.MailTemplate;
import io.tenantry.application.mail.QueuedMail;
import io.tenantry.persistence.shared.OutboxRows;
import io.tenantry.persistence.shared.StoredEnums;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox for the dispatcher. Claiming uses {@code FOR UPDATE SKIP LOCKED}, so replicas polling
 * at the same time each take a different mail and none waits for another's SMTP call.
 */
@ApplicationScoped
public class JpaMailQueue implements MailQueue {
  static final String SENT = "sent";
  static final String DEAD = "dead";

  @Override
  public Optional<QueuedMail> claimNextDue(Instant now) {
    return OutboxRows.claimNextDue("control.mail_outbox", MailOutboxEntity.class, now)
        .map(
            e ->
                new QueuedMail(
                    e.id,
                    e.recipient,
                    StoredEnums.parse(MailTemplate.class, e.template),
                    e.payload,
                    e.attempts));
  }

  @Override
  public void markSent(UUID id, Instant now) {
    MailOutboxEntity e = MailOutboxEntity.findById(id);
    e.status = SENT;
    e.sentAt = now;
    e.attempts++;
    e.lastError = null;
    e.payload = new HashMap<>();
  }

  @Override
  public void scheduleRetry(UUID id, int attempts, Instant nextAttempt, String error) {
    MailOutboxEntity e = MailOutboxEntity.findById(id);
    e.attempts = attempts;
    e.nextAttemptAt = nextAttempt;
    e.lastError = OutboxRows.truncate(error);
  }

  @Override
  public void markDead(UUID id, int attempts, String error) {
    MailOutboxEntity e = MailOutboxEntity.findById(id);
    e.status = DEAD;
    e.attempts = attempts;
    e.lastError = OutboxRows.truncate(error);
    e.payload = new HashMap<>();
  }
}
