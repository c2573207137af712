package io.tenantry.persistence.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the mail-outbox backlog (pending mails, age of the oldest) without ever failing: a slow
 * SMTP server must not take the service out of its load balancer.
 */
@Readiness
@ApplicationScoped
public class MailOutboxBacklogCheck implements HealthCheck {
  private final ControlTableCounts counts;

  MailOutboxBacklogCheck(ControlTableCounts counts) {
    this.counts = counts;
  }

  @Override
  public HealthCheckResponse call() {
    ControlTableCounts.Snapshot snapshot = counts.current();
    HealthCheckResponseBuilder builder = HealthCheckResponse.named("mail-outbox").up();
    if (!Double.isNaN(snapshot.pendingMail())) {
      builder.withData("pending", (long) snapshot.pendingMail());
    }
    snapshot
        .oldest()
        .ifPresent(
            oldest ->
                builder.withData(
                    "oldest_pending_seconds", Duration.between(oldest, Instant.now()).toSeconds()));
    return builder.build();
  }
}
