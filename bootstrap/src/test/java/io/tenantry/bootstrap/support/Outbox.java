package io.tenantry.bootstrap.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Reads the mail outbox table, where use cases leave the mails they send. */
public final class Outbox {
  private Outbox() {}

  /** The link of the newest mail of {@code template} to {@code recipient}, if any. */
  public static Optional<String> latestLink(String recipient, String template) {
    String sql =
        "select payload->>'link' from control.mail_outbox where recipient = ? and template = ?"
            + " order by created_at desc limit 1";
    try (Connection connection = dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, recipient);
      statement.setString(2, template);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String tokenOf(String link) {
    return link.substring(link.indexOf("token=") + "token=".length());
  }

  public static long count(String sql, Object... parameters) {
    try (Connection connection = dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static AgroalDataSource dataSource() {
    return Arc.container().instance(AgroalDataSource.class).get();
  }
}
