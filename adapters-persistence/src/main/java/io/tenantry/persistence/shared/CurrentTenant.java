package io.tenantry.persistence.shared;

import io.tenantry.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.UUID;

/**
 * The id of the tenant whose schema the current unit of work is bound to; tenant tables do not
 * repeat it, so it is read once per transaction from the registry in {@code control}.
 */
@ApplicationScoped
public class CurrentTenant {

  private static final Object KEY = CurrentTenant.class;

  @Inject EntityManager entityManager;
  @Inject TenantContext context;
  @Inject TransactionSynchronizationRegistry transaction;

  public TenantId id() {
    Object cached = transaction.getResource(KEY);
    if (cached instanceof TenantId id) {
      return id;
    }
    String schema = context.currentSchema();
    List<?> rows =
        entityManager
            .createNativeQuery("select id from control.tenants where schema_name = :schema")
            .setParameter("schema", schema)
            .getResultList();
    if (rows.isEmpty()) {
      throw new IllegalStateException("no tenant is registered for the current schema");
    }
    TenantId id = new TenantId((UUID) rows.get(0));
    transaction.putResource(KEY, id);
    return id;
  }
}
