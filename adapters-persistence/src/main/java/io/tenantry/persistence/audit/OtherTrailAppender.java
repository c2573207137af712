package io.tenantry.persistence.audit;

import io.tenantry.domain.audit.AuditChain;
import io.tenantry.domain.audit.AuditEvent;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.tenant.WorkKind;
import io.tenantry.persistence.shared.TenantSchemas;
import io.tenantry.persistence.work.WorkMarks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Appends to another tenant's {@code audit_events} on the connection of the running unit of work
 * (its session is bound to one schema, so plain JDBC with a schema-qualified table): the row
 * commits or rolls back with the change it records, under the same chain lock as {@link
 * JpaAuditLog}, and marks that trail as moved for the anchoring job.
 */
@ApplicationScoped
class OtherTrailAppender {
  private static final String INSERT =
      "insert into %s.audit_events (id, occurred_at, type, actor_id, actor_email, target_type,"
          + " target_id, ip, user_agent, trace_id, details, prev_hash, hash) values (?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?, ?, jsonb_object(?::text[], ?::text[]), ?, ?)";

  @Inject EntityManager entityManager;
  @Inject WorkMarks marks;

  void append(TenantSlug trail, AuditEvent event) {
    entityManager.unwrap(Session.class).doWork(connection -> append(connection, trail, event));
    marks.mark(TenantSchemas.of(trail), WorkKind.AUDIT_TRAIL);
  }

  private static void append(Connection connection, TenantSlug trail, AuditEvent event)
      throws SQLException {
    String table = TenantSchemas.quoted(trail);
    try (PreparedStatement lock =
        connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
      lock.setString(1, TenantSchemas.of(trail) + ":audit");
      lock.execute();
    }
    String prev = AuditChain.GENESIS;
    try (PreparedStatement head =
            connection.prepareStatement(
                "select hash from " + table + ".audit_events order by seq desc limit 1");
        ResultSet rows = head.executeQuery()) {
      if (rows.next()) {
        prev = rows.getString(1);
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(INSERT.formatted(table))) {
      bind(connection, insert, event);
      insert.setString(13, prev);
      insert.setString(14, AuditChain.hash(prev, event));
      insert.executeUpdate();
    }
  }

  /** Binds the event's columns, id to details, to parameters 1 to 12 of an audit row's insert. */
  static void bind(Connection connection, PreparedStatement insert, AuditEvent event)
      throws SQLException {
    insert.setObject(1, event.id().value());
    insert.setObject(2, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
    insert.setString(3, event.type().wireName());
    insert.setObject(4, event.actorId() == null ? null : event.actorId().value());
    insert.setString(5, event.actorEmail());
    insert.setString(6, event.targetType());
    insert.setString(7, event.targetId());
    insert.setString(8, event.ip());
    insert.setString(9, event.userAgent());
    insert.setString(10, event.traceId());
    List<String> keys = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, String> detail : event.details().entrySet()) {
      keys.add(detail.getKey());
      values.add(detail.getValue());
    }
    insert.setArray(11, connection.createArrayOf("text", keys.toArray()));
    insert.setArray(12, connection.createArrayOf("text", values.toArray()));
  }
}
