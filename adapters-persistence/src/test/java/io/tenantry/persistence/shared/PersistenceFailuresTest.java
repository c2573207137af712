package io.tenantry.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.shared.UnavailableException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersistenceFailuresTest {

  @ParameterizedTest
  @ValueSource(strings = {"22021", "22P05"})
  void shouldTurnTextPostgresCannotStoreIntoAValidationFailure(String state) {
    var failure =
        new PersistenceException(
            "wrapped",
            new DataException(
                "could not execute query", new SQLException("invalid byte sequence", state)));

    RuntimeException translated = PersistenceFailures.translate(failure);

    assertThat(translated).isInstanceOf(RuleViolationException.class);
    assertThat(((RuleViolationException) translated).code()).isEqualTo("validation_failed");
    assertThat(translated.getMessage()).doesNotContain("byte sequence");
  }

  @ParameterizedTest
  @ValueSource(strings = {"22001", "42601"})
  void shouldLeaveOtherDataErrorsAlone(String state) {
    var failure = new PersistenceException("wrapped", new SQLException("no", state));

    assertThat(PersistenceFailures.translate(failure)).isSameAs(failure);
  }

  @Test
  void shouldLeaveASqlFailureWithoutStateAloneInsteadOfFailingOnIt() {
    // What a scheduled job meets when the pool closed under it at shutdown.
    var failure =
        new PersistenceException("wrapped", new SQLException("This connection has been closed."));

    assertThat(PersistenceFailures.translate(failure)).isSameAs(failure);
  }

  @Test
  void shouldTurnThePoolsAcquisitionTimeoutWithoutStateIntoUnavailable() {
    var failure =
        new PersistenceException(
            "wrapped", new SQLException("Sorry, acquisition timeout!", (String) null));

    assertThat(PersistenceFailures.translate(failure)).isInstanceOf(UnavailableException.class);
  }
}
