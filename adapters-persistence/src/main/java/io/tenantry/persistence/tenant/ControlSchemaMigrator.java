package io.tenantry.persistence.tenant;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Brings the control schema to the newest listed migration before anything else runs at start, and
 * starts Flyway only when Flyway's history says the schema is not exactly there: a current start
 * costs one small query instead of Flyway's full validation (and its ~390 classes).
 */
@ApplicationScoped
public class ControlSchemaMigrator {

  private static final Logger LOG = Logger.getLogger(ControlSchemaMigrator.class);
  private static final String HISTORY = ControlMigrations.SCHEMA + ".flyway_schema_history";

  @Inject DataSource dataSource;

  // First among the start observers, before even Quarkus's scheduler (PLATFORM_BEFORE) starts the
  // jobs' clocks: StartupTasks and the jobs use the control schema.
  void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 1) StartupEvent event) {
    migrateIfBehind(dataSource);
  }

  /** Runs Flyway (migrate, which validates) unless the schema is current; true when it ran. */
  static boolean migrateIfBehind(DataSource dataSource) {
    if (isCurrent(dataSource)) {
      return false;
    }
    LOG.infof(
        "Migrating the control schema to %s",
        ControlMigrations.FILES.get(ControlMigrations.FILES.size() - 1));
    ControlFlyway.migrate(dataSource);
    return true;
  }

  /**
   * True when Flyway's history holds exactly the listed migrations, in order, all successful, and
   * nothing else Flyway would have to look at (a baseline, a repair's marks). Anything else (no
   * history, a failed or unknown row, a newer or older list) leaves the decision to Flyway.
   */
  static boolean isCurrent(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet exists = statement.executeQuery("select to_regclass('" + HISTORY + "')")) {
        if (!exists.next() || exists.getString(1) == null) {
          return false;
        }
      }
      List<String> applied = new ArrayList<>();
      String sql = "select type, script, success from " + HISTORY + " order by installed_rank";
      try (ResultSet rows = statement.executeQuery(sql)) {
        while (rows.next()) {
          String type = rows.getString(1);
          if (!rows.getBoolean(3) || !(type.equals("SQL") || type.equals("SCHEMA"))) {
            return false;
          }
          if (type.equals("SQL")) {
            applied.add(rows.getString(2));
          }
        }
      }
      return applied.equals(ControlMigrations.FILES);
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the control schema's migration history", e);
    }
  }
}
