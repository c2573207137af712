package io.tenantry.application.shared;

import io.tenantry.domain.shared.PreconditionFailedException;
import java.util.OptionalLong;

/** Optimistic concurrency for clients: {@code If-Match} carries the version they last saw. */
public final class Versions {
  private Versions() {}

  public static void check(OptionalLong expected, long actual) {
    if (expected.isPresent() && expected.getAsLong() != actual) {
      throw new PreconditionFailedException(
          "the resource was changed since version " + expected.getAsLong() + "; reload it");
    }
  }
}
