package io.tenantry.persistence.work;

import io.tenantry.application.shared.OutboxFilled.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Tells every replica that an outbox has deliveries due, with {@code pg_notify} on channel {@value
 * #CHANNEL} in the transaction that queued them: PostgreSQL delivers it at commit, never on
 * rollback, so a dispatcher woken by it finds the rows. Received by the cache invalidations'
 * listening connection ({@code PgCacheInvalidations}); the dispatchers' polls stay, for retries and
 * for signals missed while that connection was down.
 */
@ApplicationScoped
public class OutboxSignals {
  /** The channel every replica of one database listens on; the payload names the outbox. */
  public static final String CHANNEL = "tenantry_outbox";

  @Inject EntityManager entityManager;
  @Inject OncePerTransaction once;

  /** Signals {@code outbox} at commit; once per transaction and outbox (an import queues many). */
  public void filled(Outbox outbox) {
    once.run(
        new Key(outbox),
        () ->
            entityManager
                .createNativeQuery("SELECT 1 FROM pg_notify(?1, ?2)")
                .setParameter(1, CHANNEL)
                .setParameter(2, outbox.name())
                .getResultList());
  }

  private record Key(Outbox outbox) {}
}
