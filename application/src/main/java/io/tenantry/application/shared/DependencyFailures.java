package io.tenantry.application.shared;

import io.tenantry.domain.shared.UnavailableException;
import java.util.Optional;

/**
 * Recognises technical failures that mean a dependency is unavailable (the database unreachable,
 * shutting down, or too slow) rather than a bug, for code that meets them outside a unit of work.
 */
public interface DependencyFailures {

  /** The failure as an {@link UnavailableException}, or empty if it is something else. */
  Optional<UnavailableException> unavailable(Throwable failure);
}
