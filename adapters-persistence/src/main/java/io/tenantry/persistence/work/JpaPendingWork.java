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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The marks in {@code control.tenant_work} ({@link WorkMarks} writes them), one row per tenant and
 * kind: a job reads the few marked tenants in one indexed query instead of every tenant's schema.
 * Statements name the table with its schema, so they run in any unit of work.
 */
@ApplicationScoped
public class JpaPendingWork implements PendingWork {
  private static final String MARKED =
      "select t.id, t.slug, w.version from control.tenant_work w"
          + " join control.tenants t on t.schema_name = w.schema_name"
          + " where w.kind = ? order by w.schema_name";

  @Inject EntityManager entityManager;

  @Override
  public List<WorkMark> marked(WorkKind kind) {
    // Plain JDBC: a native query's result types would cost pgjdbc a column-metadata query per run.
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement read = connection.prepareStatement(MARKED)) {
                read.setString(1, StoredEnums.text(kind));
                List<WorkMark> marks = new ArrayList<>();
                try (ResultSet rows = read.executeQuery()) {
                  while (rows.next()) {
                    marks.add(mark(rows, kind));
                  }
                }
                return marks;
              }
            });
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

  private static WorkMark mark(ResultSet row, WorkKind kind) throws SQLException {
    TenantRef tenant =
        new TenantRef(new TenantId(row.getObject(1, UUID.class)), new TenantSlug(row.getString(2)));
    return new WorkMark(tenant, kind, row.getLong(3));
  }
}
