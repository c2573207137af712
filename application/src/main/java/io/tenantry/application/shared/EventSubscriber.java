package io.tenantry.application.shared;

import io.tenantry.application.event.DomainEvent;

/** Reacts to a domain event; subscribed either inside the transaction or after its commit. */
@FunctionalInterface
public interface EventSubscriber {
  void on(DomainEvent event);
}
