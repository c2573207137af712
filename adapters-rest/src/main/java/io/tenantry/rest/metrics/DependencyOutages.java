package io.tenantry.rest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tenantry.application.shared.DependencyFailures;
import io.tenantry.domain.shared.UnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * Counts what an unavailable dependency refused ({@code dependency_unavailable_total}, by
 * dependency) and lets scheduled jobs report a cycle lost to an outage as one warning line, not a
 * stack trace.
 */
@ApplicationScoped
public class DependencyOutages {
  private static final Logger LOG = Logger.getLogger(DependencyOutages.class);
  private static final String DATABASE = "database";

  private final MeterRegistry registry;
  private final DependencyFailures failures;

  DependencyOutages(MeterRegistry registry, DependencyFailures failures) {
    this.registry = registry;
    this.failures = failures;
    // The series exists from the start, so rates and alerts work before the first outage.
    counter(DATABASE);
  }

  /** Counts an API call answered 503 (the REST adapter fires the event). */
  void count(@Observes UnavailableException outage) {
    counter(outage.dependency()).increment();
  }

  /**
   * Whether {@code failure} of the job {@code job} means a dependency is down; if so it is logged
   * as one warning line and counted, and the caller skips the cycle instead of rethrowing.
   */
  public boolean skipped(String job, RuntimeException failure) {
    Optional<UnavailableException> outage = failures.unavailable(failure);
    outage.ifPresent(
        down -> {
          LOG.warnf(
              "%s skipped this cycle: %s unavailable (%s)", job, down.dependency(), down.reason());
          counter(down.dependency()).increment();
        });
    return outage.isPresent();
  }

  /**
   * Runs one cycle of the job {@code job}: what {@code work} returns, or 0 when the cycle is lost
   * to an outage ({@link #skipped}); any other failure is rethrown.
   */
  public long cycle(String job, LongSupplier work) {
    try {
      return work.getAsLong();
    } catch (RuntimeException e) {
      if (!skipped(job, e)) {
        throw e;
      }
      return 0;
    }
  }

  private Counter counter(String dependency) {
    return Counter.builder("dependency.unavailable")
        .description("Calls and job cycles refused because a dependency was unavailable")
        .tag("dependency", dependency)
        .register(registry);
  }
}
