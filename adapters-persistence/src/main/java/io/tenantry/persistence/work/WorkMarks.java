package io.tenantry.persistence.work;

import io.tenantry.domain.tenant.WorkKind;
import io.tenantry.persistence.shared.StoredEnums;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import org.hibernate.Session;

/**
 * Marks a tenant as having work of a kind, on the connection of the running transaction, so that
 * the mark commits or rolls back with the work ({@link JpaPendingWork} reads and clears marks).
 * Once per transaction, schema and kind: an import that adds a thousand rows renews it once. The
 * renewal locks the mark until commit; audit appends of one tenant queue on the chain's lock before
 * they get here anyway.
 */
@ApplicationScoped
public class WorkMarks {
  private static final String MARK =
      """
      insert into control.tenant_work as w (kind, schema_name)
      values (?, coalesce(?, current_schema()))
      on conflict (kind, schema_name) do update set version = w.version + 1
      """;

  @Inject EntityManager entityManager;
  @Inject OncePerTransaction once;

  /** Marks the tenant whose schema the unit of work is bound to. */
  public void markCurrent(WorkKind kind) {
    mark(null, kind);
  }

  /** Marks the tenant of {@code schema} (another tenant's, written from this unit of work). */
  public void mark(String schema, WorkKind kind) {
    once.run(
        new Key(kind, schema),
        () ->
            entityManager
                .unwrap(Session.class)
                .doWork(
                    connection -> {
                      try (PreparedStatement mark = connection.prepareStatement(MARK)) {
                        mark.setString(1, StoredEnums.text(kind));
                        mark.setString(2, schema);
                        mark.executeUpdate();
                      }
                    }));
  }

  /** What one transaction has marked already; {@code schema} null is its own tenant. */
  private record Key(WorkKind kind, String schema) {}
}
