package io.tenantry.application.mail;

import java.util.Map;
import java.util.UUID;

/** A mail waiting in the outbox; {@code id} doubles as its stable Message-ID. */
public record QueuedMail(
    UUID id, String recipient, MailTemplate template, Map<String, String> values, int attempts) {
  public QueuedMail {
    values = Map.copyOf(values);
  }

  @Override
  public String toString() {
    return "QueuedMail[" + id + ", " + template + ", attempt " + attempts + "]";
  }
}
