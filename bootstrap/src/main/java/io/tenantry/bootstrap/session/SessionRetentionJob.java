package io.tenantry.bootstrap.session;

import io.quarkus.scheduler.Scheduled;
import io.tenantry.application.UseCases;
import io.tenantry.application.shared.TenantPass;
import io.tenantry.bootstrap.retention.RetentionPurges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Deletes the refresh tokens of sessions that ended more than {@code app.tokens.refresh-retention}
 * (7 days) ago, daily by default ({@code app.tokens.purge-cron}). Overlapping runs are skipped;
 * several replicas running it at once delete the same rows, which is harmless. Each pass is timed
 * and counted by {@link RetentionPurges}.
 */
@ApplicationScoped
public class SessionRetentionJob {
  private static final Logger LOG = Logger.getLogger(SessionRetentionJob.class);

  @Inject UseCases useCases;
  @Inject RetentionPurges purges;

  @ConfigProperty(name = "app.tokens.refresh-retention", defaultValue = "P7D")
  Duration retention;

  @Scheduled(
      cron = "${app.tokens.purge-cron:0 45 3 * * ?}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  public void purge() {
    long purged = purges.run(RetentionPurges.Job.REFRESH_TOKENS, this::purgeNow);
    if (purged > 0) {
      LOG.infof("Purged %d refresh token(s) of sessions ended over %s ago", purged, retention);
    }
  }

  /** One pass over every tenant: how many tokens went, and the tenants it failed on. */
  public TenantPass purgeNow() {
    return useCases.purgeEndedSessions.purgeEnded(retention);
  }
}
