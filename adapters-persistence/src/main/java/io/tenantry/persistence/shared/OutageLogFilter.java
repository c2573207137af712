package io.tenantry.persistence.shared;

import io.quarkus.logging.LoggingFilter;
import java.util.Set;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Drops the transaction manager's and the pool's own report of a failure that means the database is
 * unavailable (a commit cut by an outage: one stack trace per request). The request's one WARN line
 * with its trace id (the REST edge's {@code Unavailability}) already says it; anything else they
 * log, a bug included, passes unchanged.
 */
@LoggingFilter(name = "database-outage")
public final class OutageLogFilter implements Filter {
  /** Narayana (the transaction manager) and Agroal (the connection pool). */
  private static final Set<String> QUIETED = Set.of("com.arjuna", "io.agroal");

  @Override
  public boolean isLoggable(LogRecord record) {
    return record.getThrown() == null
        || !quieted(record.getLoggerName())
        || DatabaseUnavailability.classify(record.getThrown()).isEmpty();
  }

  private static boolean quieted(String logger) {
    return logger != null
        && QUIETED.stream()
            .anyMatch(prefix -> logger.equals(prefix) || logger.startsWith(prefix + "."));
  }
}
