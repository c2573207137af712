package io.tenantry.domain.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * When an aggregate was created and last changed, and the version it was loaded at (storage checks
 * it to refuse a lost update).
 */
public record Revision(Instant createdAt, Instant updatedAt, long version) {
  public Revision {
    Objects.requireNonNull(createdAt);
    Objects.requireNonNull(updatedAt);
  }

  /** The first revision of something made at {@code now}. */
  public static Revision createdAt(Instant now) {
    return new Revision(now, now, 0);
  }

  /** The same revision, changed at {@code now}. */
  public Revision touched(Instant now) {
    return new Revision(createdAt, now, version);
  }
}
