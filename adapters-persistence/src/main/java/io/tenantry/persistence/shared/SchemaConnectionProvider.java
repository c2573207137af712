package io.tenantry.persistence.shared;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.service.UnknownUnwrapTypeException;

/** Borrows from the shared pool and points each connection at one schema. */
record SchemaConnectionProvider(AgroalDataSource dataSource, String schema)
    implements ConnectionProvider {

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      // Set on every borrow: a pooled connection remembers the schema of its previous borrower.
      connection.setSchema(schema);
      return connection;
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public void closeConnection(Connection connection) throws SQLException {
    connection.close();
  }

  @Override
  public boolean supportsAggressiveRelease() {
    return true;
  }

  @Override
  public boolean handlesConnectionSchema() {
    return true;
  }

  @Override
  public boolean isUnwrappableAs(Class<?> type) {
    return type.isAssignableFrom(getClass()) || type.isAssignableFrom(AgroalDataSource.class);
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    if (type.isAssignableFrom(getClass())) {
      return type.cast(this);
    }
    if (type.isAssignableFrom(AgroalDataSource.class) || type == DataSource.class) {
      return type.cast(dataSource);
    }
    throw new UnknownUnwrapTypeException(type);
  }
}
