package io.tenantry.persistence.cache;

import io.tenantry.application.access.CacheInvalidation;
import io.tenantry.application.access.CacheInvalidations;
import io.tenantry.application.shared.OutboxFilled;
import io.tenantry.application.shared.OutboxFilled.Outbox;
import io.tenantry.persistence.work.OutboxSignals;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cache invalidations over PostgreSQL {@code LISTEN/NOTIFY} on channel {@value #CHANNEL}: sent with
 * {@code pg_notify} in the writing transaction (PostgreSQL delivers it on commit, never on
 * rollback), received on one dedicated connection (outside the pool) by a daemon thread. The same
 * connection receives {@link OutboxSignals} and passes them on as {@link OutboxFilled} events.
 */
@ApplicationScoped
public class PgCacheInvalidations implements CacheInvalidations {
  /** The channel every replica of one database listens on. */
  public static final String CHANNEL = "tenantry_cache_invalidation";

  @Inject EntityManager entityManager;
  @Inject Event<OutboxFilled> outboxes;

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  Optional<String> url;

  @ConfigProperty(name = "quarkus.datasource.username")
  Optional<String> username;

  @ConfigProperty(name = "quarkus.datasource.password")
  Optional<String> password;

  /** This replica, in the payloads it sends: it skips its own, which it applied at commit. */
  private final String origin = UUID.randomUUID().toString();

  private InvalidationListener listener;

  @Override
  public void announce(CacheInvalidation invalidation) {
    entityManager
        .createNativeQuery("SELECT 1 FROM pg_notify(?1, ?2)")
        .setParameter(1, CHANNEL)
        .setParameter(2, InvalidationPayload.encode(origin, invalidation))
        .getResultList();
  }

  @Override
  public synchronized void listen(Consumer<CacheInvalidation> apply, Runnable lost) {
    stop();
    listener = new InvalidationListener(this::open, origin, apply, lost, this::outboxFilled);
    listener.connectNow();
    Thread thread = new Thread(listener, "cache-invalidation-listener");
    thread.setDaemon(true);
    thread.start();
  }

  /** A signal of {@link OutboxSignals}, to the dispatchers; one of a newer release is ignored. */
  private void outboxFilled(String payload) {
    for (Outbox outbox : Outbox.values()) {
      if (outbox.name().equals(payload)) {
        outboxes.fire(new OutboxFilled(outbox));
      }
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (listener != null) {
      listener.stop();
      listener = null;
    }
  }

  private Connection open() throws SQLException {
    Properties properties = new Properties();
    username.ifPresent(user -> properties.setProperty("user", user));
    password.ifPresent(secret -> properties.setProperty("password", secret));
    // Fail a dead peer's read instead of waiting forever; keep idle NAT paths open.
    properties.setProperty("socketTimeout", "30");
    properties.setProperty("tcpKeepAlive", "true");
    properties.setProperty("ApplicationName", "tenantry-cache-listener");
    String jdbcUrl =
        url.orElseThrow(() -> new SQLException("quarkus.datasource.jdbc.url is not set"));
    Connection connection = new org.postgresql.Driver().connect(jdbcUrl, properties);
    if (connection == null) {
      throw new SQLException("not a PostgreSQL URL: " + jdbcUrl);
    }
    return connection;
  }
}
