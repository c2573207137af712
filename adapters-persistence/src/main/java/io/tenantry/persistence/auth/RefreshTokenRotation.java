package io.tenantry.persistence.auth;

import io.tenantry.domain.auth.AuthMethods;
import io.tenantry.domain.auth.RefreshToken;
import io.tenantry.domain.auth.RefreshTokenSnapshot;
import io.tenantry.domain.auth.SessionChain;
import io.tenantry.domain.auth.SessionOrigin;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.user.UserId;
import io.tenantry.persistence.shared.DatabaseUnavailability;
import io.tenantry.persistence.shared.TenantSchemas;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The refresh rotation as one auto-commit statement on a plain pooled connection: no transaction,
 * Hibernate session or managed entity around the statement that marks the used token and inserts
 * its successor, which is most of a refresh's database work.
 */
@ApplicationScoped
class RefreshTokenRotation {
  // The rotation statement, schema-qualified because a pooled
  // connection keeps whatever schema its previous borrower set. %1$s is the quoted tenant schema
  // (TenantSchemas.quoted: derived from a TenantSlug, ours and validated, never request input);
  // %2$s the client condition, in two shapes because a null parameter has no type.
  private static final String ROTATE =
      """
      with used as (update %1$s.refresh_tokens set rotated_at = ? where token_hash = ?
        and rotated_at is null and revoked_at is null and expires_at > ? and %2$s
        returning family_id, user_id, session_started_at, session_expires_at, security_version,
          client_id, scope, amr)
      insert into %1$s.refresh_tokens (id, user_id, family_id, token_hash, issued_at, expires_at,
        session_started_at, session_expires_at, security_version, client_id, scope, amr, ip,
        user_agent)
      select ?, user_id, family_id, ?, ?, least(?, session_expires_at), session_started_at,
        session_expires_at, security_version, client_id, scope, amr, ?, ?
      from used
      returning user_id, family_id, issued_at, expires_at, session_started_at, session_expires_at,
        security_version, client_id, scope, amr
      """;

  private final DataSource dataSource;

  RefreshTokenRotation(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  Optional<RefreshToken> rotate(
      TenantRef tenant,
      TokenHash hash,
      Optional<String> client,
      Instant now,
      TokenHash next,
      SessionOrigin from,
      Instant expires) {
    String sql =
        ROTATE.formatted(
            TenantSchemas.quoted(tenant.slug()),
            client.isPresent() ? "client_id = ?" : "client_id is null");
    UUID id = UUID.randomUUID();
    // Outside a JTA transaction Agroal hands out the connection in auto-commit: the statement
    // commits by itself, and its row lock makes a concurrent second use wait, then find it rotated.
    try (Connection connection = dataSource.getConnection();
        PreparedStatement rotate = connection.prepareStatement(sql)) {
      int i = 1;
      rotate.setObject(i++, at(now));
      rotate.setString(i++, hash.hex());
      rotate.setObject(i++, at(now));
      if (client.isPresent()) {
        rotate.setString(i++, client.get());
      }
      rotate.setObject(i++, id);
      rotate.setString(i++, next.hex());
      rotate.setObject(i++, at(now));
      rotate.setObject(i++, at(expires));
      rotate.setString(i++, from.ip());
      rotate.setString(i, from.userAgent());
      try (ResultSet row = rotate.executeQuery()) {
        return row.next() ? Optional.of(successor(row, id, next, from)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw DatabaseUnavailability.classify(e)
          .<RuntimeException>map(down -> down)
          .orElseGet(() -> new IllegalStateException("refresh rotation: " + e.getSQLState(), e));
    }
  }

  private static RefreshToken successor(ResultSet row, UUID id, TokenHash next, SessionOrigin from)
      throws SQLException {
    SessionChain session =
        new SessionChain(
            row.getObject("family_id", UUID.class),
            instant(row, "session_started_at"),
            instant(row, "session_expires_at"),
            row.getLong("security_version"),
            row.getString("client_id"),
            row.getString("scope"),
            AuthMethods.ofStored(row.getString("amr")));
    // Bound values are not read back, except the instants: stored at PostgreSQL's precision.
    return RefreshToken.restore(
        new RefreshTokenSnapshot(
            id,
            new UserId(row.getObject("user_id", UUID.class)),
            session,
            from,
            next,
            instant(row, "issued_at"),
            instant(row, "expires_at"),
            null,
            null));
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }
}
