package io.tenantry.persistence.tenant;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.tenantry.application.tenant.TenantSchemaManager;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.persistence.shared.TenantSchemas;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;

/** Creates, migrates and drops the {@code t_<slug>} schema of each tenant. */
@ApplicationScoped
public class FlywayTenantSchemaManager implements TenantSchemaManager {

  private static final Logger LOG = Logger.getLogger(FlywayTenantSchemaManager.class);
  private static final String DUPLICATE_SCHEMA = "42P06";
  // Two CREATE SCHEMA of one name at the same moment: the loser may trip over the catalog's
  // unique index (pg_namespace_nspname_index) before it sees the schema.
  private static final String UNIQUE_VIOLATION = "23505";

  @Inject AgroalDataSource dataSource;
  @Inject EntityManager entityManager;
  @Inject TransactionSynchronizationRegistry transactions;
  @Inject TenantSchemaMigrator migrator;

  @Override
  public void create(TenantSlug tenant) {
    String schema = TenantSchemas.of(tenant);
    // DDL and Flyway need autocommit connections of their own, which a JTA transaction would
    // not hand out; they run with the caller's transaction suspended.
    outsideTransaction(
        () -> {
          try {
            migrator.create(schema);
          } catch (SQLException e) {
            throw translated(e);
          }
        });
    if (QuarkusTransaction.isActive()) {
      // The schema cannot roll back with the caller's transaction, so undo it by hand.
      transactions.registerInterposedSynchronization(dropOnRollback(tenant));
    }
  }

  @Override
  public void drop(TenantSlug tenant) {
    String sql = "DROP SCHEMA IF EXISTS " + TenantSchemas.quoted(tenant) + " CASCADE";
    if (QuarkusTransaction.isActive()) {
      entityManager.createNativeQuery(sql).executeUpdate();
    } else {
      execute(sql);
    }
  }

  /**
   * Migrates every tenant schema whose recorded version is behind {@link TenantMigrations#LATEST};
   * called at start-up, where up-to-date tenants cost one query in total.
   *
   * @return how many schemas were upgraded
   */
  public int upgradeOutdatedSchemas() {
    return migrator.upgradeOutdated();
  }

  private Synchronization dropOnRollback(TenantSlug tenant) {
    return new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status != Status.STATUS_COMMITTED) {
          try {
            // The finished transaction is still bound to the thread; step outside it.
            QuarkusTransaction.suspendingExisting()
                .run(
                    () ->
                        execute(
                            "DROP SCHEMA IF EXISTS " + TenantSchemas.quoted(tenant) + " CASCADE"));
          } catch (RuntimeException e) {
            LOG.warnf("Could not drop the schema of tenant %s after a rollback", tenant);
          }
        }
      }
    };
  }

  private static void outsideTransaction(Runnable work) {
    try {
      QuarkusTransaction.suspendingExisting().run(work);
    } catch (QuarkusTransactionException e) {
      // This mode wraps even unchecked exceptions; callers expect the domain's own.
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private void execute(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      statement.execute(sql);
    } catch (SQLException e) {
      throw translated(e);
    }
  }

  private static RuntimeException translated(SQLException e) {
    if (DUPLICATE_SCHEMA.equals(e.getSQLState()) || UNIQUE_VIOLATION.equals(e.getSQLState())) {
      return new ConflictException("slug_taken", "slug is already taken");
    }
    return new IllegalStateException("tenant schema DDL failed", e);
  }
}
