package io.tenantry.persistence.shared;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/**
 * Gives every tenant schema a connection provider over the one shared pool, so the number of
 * database connections does not grow with the number of tenants.
 */
@ApplicationScoped
@PersistenceUnitExtension
public class SharedPoolConnectionResolver implements TenantConnectionResolver {

  @Inject AgroalDataSource dataSource;

  @Override
  public ConnectionProvider resolve(String schema) {
    return new SchemaConnectionProvider(dataSource, schema);
  }
}
