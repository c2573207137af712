package io.tenantry.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.bootstrap.support.Database;
import io.tenantry.domain.shared.UnavailableException;
import io.tenantry.persistence.shared.JtaUnitOfWork;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The database connection dies after the last statement of a unit of work and before its commit:
 * the caller hears "unavailable" (a 503 and a retry), never an unexpected error, and nothing of the
 * work is kept.
 */
@QuarkusTest
class ConnectionLostAtCommitTest {
  @Inject JtaUnitOfWork unitOfWork;
  @Inject EntityManager entityManager;

  @Test
  void shouldRunTheDriverAsInProductionWithoutAssertions() {
    // With -ea the driver answers a batch on a closed connection with an AssertionError (a 500).
    assertThat(org.postgresql.jdbc.PgConnection.class.desiredAssertionStatus()).isFalse();
  }

  @Test
  void shouldBeUnavailableWhenTheConnectionDiesBeforeTheCommit() {
    String marker = "lost-at-commit-" + UUID.randomUUID();

    assertThatThrownBy(
            () ->
                unitOfWork.inControl(
                    () -> {
                      entityManager
                          .createNativeQuery(
                              "create table if not exists control.lost_at_commit (v text)")
                          .executeUpdate();
                      entityManager
                          .createNativeQuery("insert into control.lost_at_commit values (?1)")
                          .setParameter(1, marker)
                          .executeUpdate();
                      int pid =
                          ((Number)
                                  entityManager
                                      .createNativeQuery("select pg_backend_pid()")
                                      .getSingleResult())
                              .intValue();
                      terminateFromAnotherConnection(pid);
                      return null;
                    }))
        .isInstanceOf(UnavailableException.class);

    assertThat(Database.count("select count(*) from pg_tables where tablename = 'lost_at_commit'"))
        .as("nothing of the work committed")
        .isZero();
  }

  /** A thread outside the unit of work's transaction, on its own pooled connection. */
  private static void terminateFromAnotherConnection(int pid) {
    CompletableFuture.runAsync(
            () -> {
              Database.count("select count(*) from (select pg_terminate_backend(?)) t", pid);
              await()
                  .atMost(Duration.ofSeconds(10))
                  .until(
                      () ->
                          Database.count("select count(*) from pg_stat_activity where pid = ?", pid)
                              == 0);
            })
        .join();
  }
}
