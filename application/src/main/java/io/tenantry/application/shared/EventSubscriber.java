package io.tenantry.application.shared;

import io.tenantry.application.event.DomainEvent;
import java.util.List;

/** Reacts to a domain event; subscribed either inside the transaction or after its commit. */
@FunctionalInterface
public interface EventSubscriber {
  void on(DomainEvent event);

  /**
   * Reacts to the events of one unit of work, in the order they were published. A subscriber that
   * can do the work of many events at once (one audit append for a whole import batch) overrides
   * this; the default takes them one by one.
   */
  default void onAll(List<DomainEvent> events) {
    events.forEach(this::on);
  }
}
