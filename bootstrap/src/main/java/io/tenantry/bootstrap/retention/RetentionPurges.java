package io.tenantry.bootstrap.retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.tenantry.application.shared.TenantPass;
import io.tenantry.bootstrap.jobs.TenantPasses;
import io.tenantry.rest.metrics.DependencyOutages;
import jakarta.enterprise.context.ApplicationScoped;
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

  private final DependencyOutages outages;
  private final Map<Job, Timer> passes;
  private final Map<Job, Counter> purged;
  private final Map<Job, Counter> failures;

  RetentionPurges(MeterRegistry registry, DependencyOutages outages) {
    this.outages = outages;
    this.passes =
        Map.of(
            Job.AUDIT_EVENTS, timer(registry, Job.AUDIT_EVENTS),
            Job.REFRESH_TOKENS, timer(registry, Job.REFRESH_TOKENS));
    this.purged =
        Map.of(
            Job.AUDIT_EVENTS, counter(registry, Job.AUDIT_EVENTS),
            Job.REFRESH_TOKENS, counter(registry, Job.REFRESH_TOKENS));
    this.failures =
        Map.of(
            Job.AUDIT_EVENTS, failureCounter(registry, Job.AUDIT_EVENTS),
            Job.REFRESH_TOKENS, failureCounter(registry, Job.REFRESH_TOKENS));
  }

  /**
   * One pass of {@code job}, as {@link DependencyOutages#cycle} runs it; returns the rows deleted.
   */
  public long run(Job job, Supplier<TenantPass> pass) {
    Timer.Sample started = Timer.start();
    try {
      long deleted =
          outages.cycle(
              job.logName, () -> TenantPasses.reported(pass.get(), job.logName, failures.get(job)));
      purged.get(job).increment(deleted);
      return deleted;
    } finally {
      started.stop(passes.get(job));
    }
  }

  private static Timer timer(MeterRegistry registry, Job job) {
    return Timer.builder("retention.purge")
        .description("Time a retention purge's pass took over every tenant")
        .tag("job", job.tag)
        .register(registry);
  }

  private static Counter counter(MeterRegistry registry, Job job) {
    return Counter.builder("retention.purged")
        .description("Rows deleted by a retention purge")
        .tag("job", job.tag)
        .register(registry);
  }

  private static Counter failureCounter(MeterRegistry registry, Job job) {
    return Counter.builder("retention.purge.failures")
        .description("Tenants a retention purge's pass failed on (purged on a later pass)")
        .tag("job", job.tag)
        .register(registry);
  }
}
