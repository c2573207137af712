package io.tenantry.application.shared;

/**
 * Deliveries were queued in {@code outbox} and committed, on this replica or another: its
 * dispatcher can start now instead of at its next poll.
 */
public record OutboxFilled(Outbox outbox) {

  /** The outboxes a dispatcher polls. */
  public enum Outbox {
    MAIL,
    WEBHOOKS
  }
}
