package io.tenantry.persistence.mail;

import io.tenantry.application.mail.MailOutbox;
import io.tenantry.application.mail.OutboundMail;
import io.tenantry.application.shared.OutboxFilled.Outbox;
import io.tenantry.persistence.shared.StoredEnums;
import io.tenantry.persistence.work.OutboxSignals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.UUID;

/**
 * Writes mail into {@code control.mail_outbox} within the current unit of work, so it is stored
 * exactly when the change that caused it commits.
 */
@ApplicationScoped
public class JpaMailOutbox implements MailOutbox {

  static final String PENDING = "pending";

  @Inject OutboxSignals signals;

  @Override
  public void enqueue(OutboundMail mail) {
    MailOutboxEntity e = new MailOutboxEntity();
    e.id = UUID.randomUUID();
    e.tenantId = mail.tenant() == null ? null : mail.tenant().value();
    e.recipient = mail.recipient().value();
    e.template = StoredEnums.text(mail.template());
    e.payload = new HashMap<>(mail.values());
    e.status = PENDING;
    e.attempts = 0;
    // Due at once: the commit wakes the dispatchers.
    Instant now = Instant.now();
    e.nextAttemptAt = now;
    e.createdAt = now;
    e.persist();
    signals.filled(Outbox.MAIL);
  }
}
