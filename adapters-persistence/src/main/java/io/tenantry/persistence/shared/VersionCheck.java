package io.tenantry.persistence.shared;

import io.tenantry.domain.shared.ConflictException;

/**
 * Optimistic locking across units of work: an aggregate may only be saved over the state it read.
 */
public final class VersionCheck {

  private VersionCheck() {}

  /**
   * Fails when the stored row moved on since {@code expected} was read; Hibernate's own
   * {@code @Version} check then covers the rest of the transaction.
   */
  public static void requireCurrent(long stored, long expected) {
    if (stored != expected) {
      throw new ConflictException(
          "version_conflict", "the resource was changed by someone else; reload and retry");
    }
  }
}
