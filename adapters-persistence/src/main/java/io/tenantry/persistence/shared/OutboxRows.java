package io.tenantry.persistence.shared;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the outbox tables (account mail, webhook deliveries) share: a {@code pending} row is due at
 * its {@code next_attempt_at}, and a failed attempt keeps a bounded part of its error.
 */
public final class OutboxRows {
  private static final int MAX_ERROR_LENGTH = 500;

  private OutboxRows() {}

  /**
   * Locks the next due pending row of {@code table}, mapped to {@code entity}. {@code FOR UPDATE
   * SKIP LOCKED}: replicas polling at the same time each take a different row and none waits.
   */
  public static <E> Optional<E> claimNextDue(String table, Class<E> entity, Instant now) {
    @SuppressWarnings("unchecked")
    Stream<E> rows =
        Panache.getEntityManager()
            .createNativeQuery(
                "select * from "
                    + table
                    + " where status = 'pending' and next_attempt_at <= :now"
                    + " order by next_attempt_at limit 1 for update skip locked",
                entity)
            .setParameter("now", now)
            .getResultStream();
    return rows.findFirst();
  }

  /** The first 500 characters of {@code error} (null stays null). */
  public static String truncate(String error) {
    return error == null || error.length() <= MAX_ERROR_LENGTH
        ? error
        : error.substring(0, MAX_ERROR_LENGTH);
  }
}
