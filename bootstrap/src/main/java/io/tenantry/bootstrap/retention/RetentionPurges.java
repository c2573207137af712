package io.tenantry.bootstrap.retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.tenantry.application.shared.TenantPass;
import io.tenantry.bootstrap.jobs.TenantPasses;
import io.tenantry.rest.metrics.DependencyOutages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs the retention purges' passes and measures them: {@code retention_purge_seconds{job}} (how
 * long a pass took), {@code retention_purged_total{job}} (the rows it deleted) and {@code
 * retention_purge_failures_total{job}} (tenants a pass failed on, logged and left for the next
 * pass: the others are purged), {@code job} being {@code audit_events} or {@code refresh_tokens}.
 * Registered at start, so both series exist before the first nightly pass and an alert on a pass
 * that stopped running can tell "never" from "zero".
 */
@Startup
@ApplicationScoped
public class RetentionPurges {

  /** A purge: its {@code job} tag and the name its log lines use. */
  public enum Job {
    AUDIT_EVENTS("audit_events", "Audit retention"),
    REFRESH_TOKENS("refresh_tokens", "Refresh-token retention");

    private final String tag;
    private final String logName;

    Job(String tag, String logName) {
      this.tag = tag;
      this.logName = logName;
    }
  }

  /** A purge's three meters. */
  private record Meters(Timer passes, Counter purged, Counter failures) {
    static Meters of(MeterRegistry registry, Job job) {
      return new Meters(
          Timer.builder("retention.purge")
              .description("Time a retention purge's pass took over every tenant")
              .tag("job", job.tag)
              .register(registry),
          Counter.builder("retention.purged")
              .description("Rows deleted by a retention purge")
              .tag("job", job.tag)
              .register(registry),
          Counter.builder("retention.purge.failures")
              .description("Tenants a retention purge's pass failed on (purged on a later pass)")
              .tag("job", job.tag)
              .register(registry));
    }
  }

  private final DependencyOutages outages;
  private final Map<Job, Meters> meters = new EnumMap<>(Job.class);

  RetentionPurges(MeterRegistry registry, DependencyOutages outages) {
    this.outages = outages;
    for (Job job : Job.values()) {
      meters.put(job, Meters.of(registry, job));
    }
  }

  /**
   * One pass of {@code job}, as {@link DependencyOutages#cycle} runs it; returns the rows deleted.
   */
  public long run(Job job, Supplier<TenantPass> pass) {
    Meters of = meters.get(job);
    Timer.Sample started = Timer.start();
    try {
      long deleted =
          outages.cycle(
              job.logName, () -> TenantPasses.reported(pass.get(), job.logName, of.failures()));
      of.purged().increment(deleted);
      return deleted;
    } finally {
      started.stop(of.passes());
    }
  }
}
