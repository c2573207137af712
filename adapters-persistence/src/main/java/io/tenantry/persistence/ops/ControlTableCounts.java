package io.tenantry.persistence.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Row counts of the control schema (tenants, pending mail), read with one cheap query and cached
 * for a few seconds so that frequent scrapes and health probes do not load the database.
 */
@Singleton
public class ControlTableCounts {
  private static final Logger LOG = Logger.getLogger(ControlTableCounts.class);
  private static final Duration MAX_AGE = Duration.ofSeconds(5);
  private static final String QUERY =
      "SELECT (SELECT count(*) FROM control.tenants),"
          + " (SELECT count(*) FROM control.mail_outbox WHERE status = 'pending'),"
          + " (SELECT min(created_at) FROM control.mail_outbox WHERE status = 'pending')";

  private final DataSource dataSource;
  private Snapshot snapshot = new Snapshot(Double.NaN, Double.NaN, Optional.empty(), Instant.MIN);

  ControlTableCounts(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  void registerGauges(@Observes StartupEvent event, MeterRegistry registry) {
    Gauge.builder("tenants.total", this, counts -> counts.current().tenants())
        .description("Tenants registered, in every status")
        .register(registry);
    Gauge.builder("mail.outbox.pending", this, counts -> counts.current().pendingMail())
        .description("Mails in the outbox waiting to be sent")
        .register(registry);
  }

  /** The latest counts, at most a few seconds old; the previous ones while the database is down. */
  public synchronized Snapshot current() {
    Instant now = Instant.now();
    if (snapshot.readAt().plus(MAX_AGE).isAfter(now)) {
      return snapshot;
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(2);
      try (ResultSet row = statement.executeQuery(QUERY)) {
        row.next();
        Timestamp oldest = row.getTimestamp(3);
        snapshot =
            new Snapshot(
                row.getLong(1),
                row.getLong(2),
                Optional.ofNullable(oldest).map(Timestamp::toInstant),
                now);
      }
    } catch (SQLException e) {
      // Readiness reports the outage; keep the last values and do not retry on every scrape.
      LOG.debugf("Could not count control rows: %s", e.getMessage());
      snapshot = new Snapshot(snapshot.tenants(), snapshot.pendingMail(), snapshot.oldest(), now);
    }
    return snapshot;
  }

  /** Counts read at one moment; NaN until the first successful read. */
  public record Snapshot(
      double tenants, double pendingMail, Optional<Instant> oldest, Instant readAt) {}
}
