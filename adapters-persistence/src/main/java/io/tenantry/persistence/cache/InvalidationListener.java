package io.tenantry.persistence.cache;

import io.tenantry.application.access.CacheInvalidation;
import io.tenantry.persistence.work.OutboxSignals;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The loop of the one connection that {@code LISTEN}s on the invalidation channel. When it drops,
 * the caches are cleared (invalidations may have been missed), one WARN line is logged, and it
 * reconnects with back-off; the caches are cleared again once listening has resumed.
 */
final class InvalidationListener implements Runnable {
  private static final Logger LOG = Logger.getLogger(InvalidationListener.class);
  private static final int POLL_MILLIS = 500;
  private static final long FIRST_BACKOFF_MILLIS = 100;
  private static final long MAX_BACKOFF_MILLIS = 5_000;

  /** A query now and then: a dead peer otherwise goes unnoticed while we only wait. */
  private static final long PING_MILLIS = 10_000;

  /** Opens a new connection to the database. */
  interface Connector {
    Connection open() throws SQLException;
  }

  private final Connector connector;
  private final String origin;
  private final Consumer<CacheInvalidation> apply;
  private final Runnable lost;
  private final Consumer<String> outboxFilled;
  private volatile boolean running = true;
  private volatile Connection connection;
  private boolean outage;
  private long lastPing;

  /**
   * {@code outboxFilled} gets the payload of each signal on {@link OutboxSignals#CHANNEL}, which
   * this connection listens on too.
   */
  InvalidationListener(
      Connector connector,
      String origin,
      Consumer<CacheInvalidation> apply,
      Runnable lost,
      Consumer<String> outboxFilled) {
    this.connector = connector;
    this.origin = origin;
    this.apply = apply;
    this.lost = lost;
    this.outboxFilled = outboxFilled;
  }

  /** Listens before the caller goes on, so nothing it caches afterwards can miss a change. */
  void connectNow() {
    try {
      open();
    } catch (SQLException | RuntimeException e) {
      dropped(e);
    }
  }

  @Override
  public void run() {
    long backoff = FIRST_BACKOFF_MILLIS;
    while (running) {
      try {
        if (connection == null) {
          open();
        }
        backoff = FIRST_BACKOFF_MILLIS;
        receive();
      } catch (SQLException | RuntimeException e) {
        if (!running) {
          return;
        }
        dropped(e);
        pause(backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
      }
    }
  }

  void stop() {
    running = false;
    closeQuietly();
  }

  private void open() throws SQLException {
    Connection opened = connector.open();
    try (Statement statement = opened.createStatement()) {
      statement.execute("LISTEN " + PgCacheInvalidations.CHANNEL);
      statement.execute("LISTEN " + OutboxSignals.CHANNEL);
    } catch (SQLException | RuntimeException e) {
      opened.close();
      throw e;
    }
    connection = opened;
    lastPing = System.currentTimeMillis();
    if (outage) {
      outage = false;
      lost.run(); // what changed while nobody listened
      LOG.info("Listening for cache invalidations again");
    }
  }

  private void receive() throws SQLException {
    Connection current = connection;
    PGNotification[] received = current.unwrap(PGConnection.class).getNotifications(POLL_MILLIS);
    if (received != null) {
      for (PGNotification notification : received) {
        if (OutboxSignals.CHANNEL.equals(notification.getName())) {
          outboxFilled.accept(notification.getParameter());
        } else {
          InvalidationPayload.decode(notification.getParameter(), origin).ifPresent(apply);
        }
      }
    }
    if (System.currentTimeMillis() - lastPing > PING_MILLIS) {
      try (Statement statement = current.createStatement()) {
        statement.execute("SELECT 1");
      }
      lastPing = System.currentTimeMillis();
    }
  }

  private void dropped(Exception cause) {
    closeQuietly();
    lost.run();
    if (!outage) {
      outage = true;
      LOG.warnf(
          "Lost the cache invalidation channel (%s): security caches cleared, reconnecting",
          cause.getMessage());
    }
  }

  private void closeQuietly() {
    Connection current = connection;
    connection = null;
    if (current != null) {
      try {
        current.close();
      } catch (SQLException e) {
        LOG.debug("closing the listening connection failed", e);
      }
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
