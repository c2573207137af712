package io.tenantry.application.access;

import io.tenantry.application.event.DomainEvent;
import io.tenantry.application.shared.EventSubscriber;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Inside the writing transaction, announces to the other replicas what the {@link SecurityCaches}
 * of this one drop after the commit, so a revocation reaches every replica, not only this one.
 */
public final class AnnounceInvalidations implements EventSubscriber {
  private final CacheInvalidations channel;

  public AnnounceInvalidations(CacheInvalidations channel) {
    this.channel = channel;
  }

  @Override
  public void on(DomainEvent event) {
    onAll(List.of(event));
  }

  @Override
  public void onAll(List<DomainEvent> events) {
    // Once per entry, however many events of the unit of work touched it (an import batch).
    Set<CacheInvalidation> distinct = new LinkedHashSet<>();
    events.forEach(event -> distinct.addAll(SecurityCaches.invalidationsOf(event)));
    distinct.forEach(channel::announce);
  }
}
