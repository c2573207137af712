package io.tenantry.application.shared;

import io.tenantry.application.event.DomainEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The domain-event bus. Use cases publish inside a unit of work; when the work is done, the
 * in-transaction subscribers (audit rows, webhook deliveries, the cache invalidations announced to
 * other replicas) run before the commit, each given all the events of the unit of work at once, so
 * they commit or roll back with the change; after a successful commit the after-commit subscribers
 * (this replica's cache invalidation) run. Events of a unit of work that fails are dropped.
 */
public final class DomainEvents {
  private final List<EventSubscriber> inTransaction = new CopyOnWriteArrayList<>();
  private final List<EventSubscriber> afterCommit = new CopyOnWriteArrayList<>();
  private final ThreadLocal<Deque<List<DomainEvent>>> open =
      ThreadLocal.withInitial(ArrayDeque::new);

  public void subscribeInTransaction(EventSubscriber subscriber) {
    inTransaction.add(subscriber);
  }

  public void subscribeAfterCommit(EventSubscriber subscriber) {
    afterCommit.add(subscriber);
  }

  /** Records {@code event} for the innermost unit of work running on this thread. */
  public void publish(DomainEvent event) {
    List<DomainEvent> pending = open.get().peek();
    if (pending == null) {
      throw new IllegalStateException("domain events are published inside a unit of work");
    }
    pending.add(event);
  }

  /**
   * Runs {@code work} through {@code transaction} (which commits when it returns) with a fresh list
   * of pending events, and dispatches them as described above.
   */
  <T> T within(Function<Supplier<T>, T> transaction, Supplier<T> work) {
    Deque<List<DomainEvent>> stack = open.get();
    List<DomainEvent> pending = new ArrayList<>();
    stack.push(pending);
    T result;
    try {
      result =
          transaction.apply(
              () -> {
                T value = work.get();
                // In rounds: an in-transaction subscriber may publish further events, which the
                // next round hands out.
                for (int done = 0; done < pending.size(); ) {
                  List<DomainEvent> round = List.copyOf(pending.subList(done, pending.size()));
                  done += round.size();
                  inTransaction.forEach(subscriber -> subscriber.onAll(round));
                }
                return value;
              });
    } finally {
      stack.pop();
      if (stack.isEmpty()) {
        open.remove();
      }
    }
    pending.forEach(event -> dispatch(afterCommit, event));
    return result;
  }

  private static void dispatch(List<EventSubscriber> subscribers, DomainEvent event) {
    subscribers.forEach(subscriber -> subscriber.on(event));
  }
}
