package io.tenantry.persistence.mail;

import io.quarkus.hibernate.orm.panache.Panache;
import io.tenantry.application.mail.MailQueue;
import io.tenantry.application.mail.MailTemplate;
import io.tenantry.application.mail.QueuedMail;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
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
  private static final int MAX_ERROR_LENGTH = 500;

  @Override
  public Optional<QueuedMail> claimNextDue(Instant now) {
    @SuppressWarnings("unchecked")
    Optional<MailOutboxEntity> row =
        Panache.getEntityManager()
            .createNativeQuery(
                "select * from control.mail_outbox where status = 'pending'"
                    + " and next_attempt_at <= :now order by next_attempt_at"
                    + " limit 1 for update skip locked",
                MailOutboxEntity.class)
            .setParameter("now", now)
            .getResultStream()
            .findFirst();
    return row.map(
        e ->
            new QueuedMail(
                e.id,
                e.recipient,
                MailTemplate.valueOf(e.template.toUpperCase(Locale.ROOT)),
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
    e.lastError = truncate(error);
  }

  @Override
  public void markDead(UUID id, int attempts, String error) {
    MailOutboxEntity e = MailOutboxEntity.findById(id);
    e.status = DEAD;
    e.attempts = attempts;
    e.lastError = truncate(error);
    e.payload = new HashMap<>();
  }

  private static String truncate(String error) {
    if (error == null) {
      return null;
    }
    return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
  }
}
