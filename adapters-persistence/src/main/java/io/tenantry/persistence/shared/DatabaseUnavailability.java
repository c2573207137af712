package io.tenantry.persistence.shared;

import io.quarkus.runtime.ShutdownEvent;
import io.tenantry.application.shared.DependencyFailures;
import io.tenantry.domain.shared.UnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Tells "the database cannot serve right now" from a bug: lost or refused connections, a server
 * shutting down or in recovery, statement and lock timeouts, and an exhausted connection pool. Such
 * failures become an {@link UnavailableException}; everything else is left alone. Once the
 * application is shutting down, so does any failure a caller asks about: a scheduled job's run that
 * the shutdown cut short meets a closed {@code EntityManagerFactory} or connection pool, which is
 * no bug to log at ERROR.
 */
@ApplicationScoped
public class DatabaseUnavailability implements DependencyFailures {
  static final String DATABASE = "database";

  /** admin shutdown, crash shutdown, cannot connect now, too many connections. */
  private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03", "53300");

  private static final String READ_ONLY_TRANSACTION = "25006";
  private static final String STATEMENT_TIMEOUT = "57014";
  private static final String LOCK_TIMEOUT = "55P03";
  private static final int MAX_SEEN = 64;

  private volatile boolean shuttingDown;

  void shuttingDown(@Observes ShutdownEvent event) {
    shuttingDown = true;
  }

  @Override
  public Optional<UnavailableException> unavailable(Throwable failure) {
    Optional<UnavailableException> down = classify(failure);
    if (down.isEmpty() && shuttingDown) {
      return Optional.of(new UnavailableException(DATABASE, "application shutting down"));
    }
    return down;
  }

  /**
   * The failure as an {@link UnavailableException} when it, any of its causes, or anything
   * suppressed along the way means unavailable: a failed commit reports the driver's error only as
   * a suppressed exception of the transaction manager's.
   */
  public static Optional<UnavailableException> classify(Throwable failure) {
    Deque<Throwable> pending = new ArrayDeque<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    if (failure != null) {
      pending.add(failure);
    }
    while (!pending.isEmpty() && seen.size() < MAX_SEEN) {
      Throwable t = pending.poll();
      if (!seen.add(t)) {
        continue;
      }
      if (t instanceof UnavailableException already) {
        return Optional.of(already);
      }
      Optional<String> reason = reasonOf(t);
      if (reason.isPresent()) {
        return reason.map(r -> new UnavailableException(DATABASE, r));
      }
      if (t.getCause() != null) {
        pending.add(t.getCause());
      }
      pending.addAll(Arrays.asList(t.getSuppressed()));
    }
    return Optional.empty();
  }

  private static Optional<String> reasonOf(Throwable t) {
    if (t instanceof SQLException sql) {
      return reasonOf(sql);
    }
    if (t instanceof XAException xa && xa.errorCode == XAException.XA_RBCOMMFAIL) {
      // The transaction manager lost the connection while committing or rolling back.
      return Optional.of("connection lost at transaction end");
    }
    return Optional.empty();
  }

  private static Optional<String> reasonOf(SQLException sql) {
    String state = sql.getSQLState();
    if (sql instanceof SQLTransientConnectionException
        || sql instanceof SQLNonTransientConnectionException) {
      return Optional.of("connection failure (SQLSTATE " + state + ")");
    }
    if (state == null) {
      // The pool's own timeouts carry no SQLSTATE, only a message.
      String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
      return message.contains("acquisition timeout")
          ? Optional.of("connection pool acquisition timeout")
          : Optional.empty();
    }
    if (state.startsWith("08")) {
      return Optional.of("connection failure (SQLSTATE " + state + ")");
    }
    if (SERVER_GOING_AWAY.contains(state)) {
      return Optional.of(
          "server shutting down or not accepting connections (SQLSTATE " + state + ")");
    }
    return switch (state) {
      case READ_ONLY_TRANSACTION -> Optional.of("server is read-only (SQLSTATE " + state + ")");
      case STATEMENT_TIMEOUT -> Optional.of("statement timeout (SQLSTATE " + state + ")");
      case LOCK_TIMEOUT -> Optional.of("lock timeout (SQLSTATE " + state + ")");
      default -> Optional.empty();
    };
  }
}
