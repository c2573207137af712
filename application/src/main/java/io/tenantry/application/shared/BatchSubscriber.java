package io.tenantry.application.shared;

import io.tenantry.application.event.DomainEvent;
import java.util.List;

/**
 * A subscriber that does the work of a unit of work's events at once (one audit append, one read of
 * the webhook endpoints for a whole import batch); a single event is a batch of one.
 */
public interface BatchSubscriber extends EventSubscriber {
  @Override
  default void on(DomainEvent event) {
    onAll(List.of(event));
  }

  @Override
  void onAll(List<DomainEvent> events);
}
