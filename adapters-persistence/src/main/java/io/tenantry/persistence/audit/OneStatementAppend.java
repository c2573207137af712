package io.tenantry.persistence.audit;

import io.tenantry.domain.audit.AuditChain;
import io.tenantry.domain.audit.AuditEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Appends one event to the current schema's audit chain in one statement: the predecessor's hash is
 * read and the row's hash computed where the row is inserted, exactly as {@link AuditChain#hash}
 * computes it (SHA-256 over {@code "v1"}, the previous hash as a length-prefixed field, then {@link
 * AuditChain#canonicalAfterPrevious}). Call with the chain's lock held, in a statement after the
 * one that took it, so that this statement sees the last committed row.
 */
final class OneStatementAppend {
  private static final String APPEND =
      """
      insert into audit_events (id, occurred_at, type, actor_id, actor_email, target_type,
        target_id, ip, user_agent, trace_id, details, prev_hash, hash)
      select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, jsonb_object(?::text[], ?::text[]), prev.hash,
        encode(sha256(convert_to('v1|' || length(prev.hash) || ':' || prev.hash || ?, 'UTF8')),
          'hex')
      from (select coalesce((select hash from audit_events order by seq desc limit 1), ?) as hash)
        prev
      """;

  private OneStatementAppend() {}

  static void append(Connection connection, AuditEvent event) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(APPEND)) {
      OtherTrailAppender.bind(connection, insert, event);
      insert.setString(13, AuditChain.canonicalAfterPrevious(event));
      insert.setString(14, AuditChain.GENESIS);
      insert.executeUpdate();
    }
  }
}
