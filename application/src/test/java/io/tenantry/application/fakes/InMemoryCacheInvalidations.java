package io.tenantry.application.fakes;

import io.tenantry.application.access.CacheInvalidation;
import io.tenantry.application.access.CacheInvalidations;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The invalidation channel of one replica alone: keeps what was announced, so a test can check it,
 * and hands it to the listener when the test delivers it (as another replica would receive it).
 */
public final class InMemoryCacheInvalidations implements CacheInvalidations {
  private final List<CacheInvalidation> announced = new CopyOnWriteArrayList<>();
  private volatile Consumer<CacheInvalidation> listener = invalidation -> {};
  private volatile Runnable lost = () -> {};

  @Override
  public void announce(CacheInvalidation invalidation) {
    announced.add(invalidation);
  }

  @Override
  public void listen(Consumer<CacheInvalidation> apply, Runnable lost) {
    this.listener = apply;
    this.lost = lost;
  }

  public List<CacheInvalidation> announced() {
    return List.copyOf(announced);
  }

  /** Hands {@code invalidation} to the listening caches, as the channel would. */
  public void deliver(CacheInvalidation invalidation) {
    listener.accept(invalidation);
  }

  /** As if the channel had dropped. */
  public void drop() {
    lost.run();
  }
}
