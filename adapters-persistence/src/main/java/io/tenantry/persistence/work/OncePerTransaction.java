package io.tenantry.persistence.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs a write once per transaction and key, however often the transaction asks (an import that
 * queues a thousand rows renews its mark and signals its outbox once); outside a transaction, every
 * time. A write that fails is not remembered.
 */
@ApplicationScoped
class OncePerTransaction {
  @Inject TransactionSynchronizationRegistry transactions;

  /** Runs {@code write} unless it ran for {@code key} earlier in the running transaction. */
  void run(Object key, Runnable write) {
    boolean inTransaction = transactions.getTransactionKey() != null;
    if (inTransaction && transactions.getResource(key) != null) {
      return;
    }
    write.run();
    if (inTransaction) {
      transactions.putResource(key, Boolean.TRUE);
    }
  }
}
