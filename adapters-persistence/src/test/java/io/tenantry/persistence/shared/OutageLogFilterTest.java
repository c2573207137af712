package io.tenantry.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class OutageLogFilterTest {
  private final OutageLogFilter filter = new OutageLogFilter();

  /** What Narayana logs when the connection dies while a commit is under way. */
  private static Throwable commitCutByOutage() {
    XAException xa = new XAException("connection lost at commit");
    xa.errorCode = XAException.XA_RBCOMMFAIL;
    RuntimeException failure = new RuntimeException("ARJUNA016036: commit on < ... > failed");
    failure.addSuppressed(xa);
    return failure;
  }

  private static LogRecord record(String logger, Throwable thrown) {
    LogRecord record = new LogRecord(Level.WARNING, "ARJUNA012125: failed");
    record.setLoggerName(logger);
    record.setThrown(thrown);
    return record;
  }

  @Test
  void shouldDropTheTransactionManagersStackTraceOfAnOutage() {
    assertThat(filter.isLoggable(record("com.arjuna.ats.jta", commitCutByOutage()))).isFalse();
    assertThat(
            filter.isLoggable(
                record(
                    "com.arjuna.ats.arjuna",
                    new RuntimeException(new SQLException("terminating connection", "57P01")))))
        .isFalse();
    assertThat(
            filter.isLoggable(
                record("io.agroal.pool", new SQLException("An I/O error occurred", "08006"))))
        .isFalse();
  }

  @Test
  void shouldKeepWhatIsNotAnOutage() {
    assertThat(filter.isLoggable(record("com.arjuna.ats.jta", new NullPointerException())))
        .as("a bug in a synchronization")
        .isTrue();
    assertThat(
            filter.isLoggable(
                record("com.arjuna.ats.jta", new SQLException("duplicate key", "23505"))))
        .isTrue();
    assertThat(filter.isLoggable(record("com.arjuna.ats.jta", null))).isTrue();
  }

  @Test
  void shouldKeepOutagesReportedByOtherLoggers() {
    assertThat(filter.isLoggable(record("io.tenantry.rest.shared", commitCutByOutage()))).isTrue();
    assertThat(filter.isLoggable(record("com.arjunax", commitCutByOutage()))).isTrue();
  }
}
