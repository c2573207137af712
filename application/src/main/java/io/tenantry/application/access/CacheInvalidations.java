package io.tenantry.application.access;

import java.util.function.Consumer;

/**
 * The channel that carries cache invalidations to every replica: announced inside the writing
 * transaction, so they are delivered only when it commits, and received by each replica for its own
 * caches.
 */
public interface CacheInvalidations {

  /** Sends {@code invalidation} with the current transaction's commit (dropped on rollback). */
  void announce(CacheInvalidation invalidation);

  /**
   * Starts receiving the invalidations announced by any replica (this one included), handing each
   * to {@code apply}; {@code lost} runs whenever some may have been missed (the channel dropped),
   * so that everything cached is forgotten. Returns once listening has begun or failed for now.
   */
  void listen(Consumer<CacheInvalidation> apply, Runnable lost);
}
