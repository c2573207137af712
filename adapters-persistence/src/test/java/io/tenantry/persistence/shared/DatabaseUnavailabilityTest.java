package io.tenantry.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.ShutdownEvent;
import io.tenantry.domain.shared.UnavailableException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUnavailabilityTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "08001", "08003", "08006", "57P01", "57P02", "57P03", "53300", "25006", "57014", "55P03"
      })
  void shouldCallTheDatabaseUnavailableForTheseSqlStates(String state) {
    var failure = new PersistenceException("wrapped", new SQLException("server says no", state));

    assertThat(DatabaseUnavailability.classify(failure))
        .hasValueSatisfying(
            down -> {
              assertThat(down.code()).isEqualTo("service_unavailable");
              assertThat(down.dependency()).isEqualTo("database");
              assertThat(down.reason()).contains(state);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"23505", "23503", "42P01", "42601", "22001", "40001", "40P01"})
  void shouldLeaveBugsAndConflictsAlone(String state) {
    assertThat(DatabaseUnavailability.classify(new SQLException("no", state))).isEmpty();
  }

  @Test
  void shouldRecogniseThePoolsAcquisitionTimeout() {
    var failure = new RuntimeException(new SQLException("Sorry, acquisition timeout!"));

    assertThat(DatabaseUnavailability.classify(failure))
        .hasValueSatisfying(down -> assertThat(down.reason()).contains("acquisition timeout"));
  }

  @Test
  void shouldRecogniseConnectionExceptionsAndLostCommits() {
    var lost = new XAException(XAException.XA_RBCOMMFAIL);

    assertThat(DatabaseUnavailability.classify(new SQLTransientConnectionException("gone")))
        .isPresent();
    assertThat(
            DatabaseUnavailability.classify(
                new JDBCConnectionException("closed", new SQLException("closed", "08003"))))
        .isPresent();
    assertThat(DatabaseUnavailability.classify(new IllegalStateException(lost))).isPresent();
  }

  @Test
  void shouldFindTheDriversErrorSuppressedByAFailedCommit() {
    var commit = new IllegalStateException("could not commit transaction");
    commit.addSuppressed(
        new XAException("commit failed").initCause(new SQLException("I/O error", "08006")));

    assertThat(DatabaseUnavailability.classify(new RuntimeException(commit))).isPresent();
  }

  @Test
  void shouldKeepAnUnavailableExceptionAndIgnoreEverythingElse() {
    var already = new UnavailableException("database", "test");

    assertThat(DatabaseUnavailability.classify(already)).containsSame(already);
    assertThat(DatabaseUnavailability.classify(new SQLException("no state"))).isEmpty();
    assertThat(DatabaseUnavailability.classify(new NullPointerException())).isEmpty();
  }

  @Test
  void shouldCallAFailureUnavailableOnceTheApplicationIsShuttingDown() {
    var closed = new IllegalStateException("EntityManagerFactory is closed");
    var unavailability = new DatabaseUnavailability();
    assertThat(unavailability.unavailable(closed)).as("before the shutdown: a bug").isEmpty();

    unavailability.shuttingDown(new ShutdownEvent());

    assertThat(unavailability.unavailable(closed))
        .hasValueSatisfying(
            down -> assertThat(down.reason()).isEqualTo("application shutting down"));
  }
}
