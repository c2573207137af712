package io.tenantry.persistence.work;

import io.tenantry.domain.tenant.PendingWork;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.tenant.WorkKind;
import io.tenantry.domain.tenant.WorkMark;
import io.tenantry.persistence.shared.StoredEnums;
import io.tenantry.persistence.shared.TenantSchemas;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * The marks in {@code control.tenant_work} ({@link WorkMarks} writes them), one row per tenant and
 * kind: a job reads the few marked tenants in one indexed query instead of every tenant's schema.
 * Statements name the table with its schema, so they run in any unit of work.
 */
@ApplicationScoped
public class JpaPendingWork implements PendingWork {
  @Inject EntityManager entityManager;

  @Override
  public List<WorkMark> marked(WorkKind kind) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select t.id, t.slug, w.version from control.tenant_work w"
                    + " join control.tenants t on t.schema_name = w.schema_name"
                    + " where w.kind = ?1 order by w.schema_name")
            .setParameter(1, StoredEnums.text(kind))
            .getResultList();
    return rows.stream().map(row -> mark((Object[]) row, kind)).toList();
  }

  @Override
  public void clear(WorkMark mark) {
    entityManager
        .createNativeQuery(
            "delete from control.tenant_work"
                + " where kind = ?1 and schema_name = ?2 and version = ?3")
        .setParameter(1, StoredEnums.text(mark.kind()))
        .setParameter(2, TenantSchemas.of(mark.tenant().slug()))
        .setParameter(3, mark.version())
        .executeUpdate();
  }

  /** Removes the marks of a tenant that is being deleted, in the unit of work that deletes it. */
  public void forget(TenantId tenant) {
    entityManager
        .createNativeQuery(
            "delete from control.tenant_work"
                + " where schema_name = (select schema_name from control.tenants where id = ?1)")
        .setParameter(1, tenant.value())
        .executeUpdate();
  }

  private static WorkMark mark(Object[] row, WorkKind kind) {
    TenantRef tenant = new TenantRef(new TenantId((UUID) row[0]), new TenantSlug((String) row[1]));
    return new WorkMark(tenant, kind, ((Number) row[2]).longValue());
  }
}
