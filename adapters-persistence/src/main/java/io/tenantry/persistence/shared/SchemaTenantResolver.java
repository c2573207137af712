package io.tenantry.persistence.shared;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tells Hibernate which schema a new session belongs to: the one bound in {@link TenantContext}.
 */
@ApplicationScoped
@PersistenceUnitExtension
public class SchemaTenantResolver implements TenantResolver {

  @Inject TenantContext context;

  @Override
  public String getDefaultTenantId() {
    return TenantSchemas.CONTROL;
  }

  @Override
  public String resolveTenantId() {
    return context.currentSchema();
  }
}
