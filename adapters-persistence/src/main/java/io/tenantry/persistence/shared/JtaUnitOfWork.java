package io.tenantry.persistence.shared;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.tenant.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs each unit of work in a new JTA transaction whose Hibernate session is bound to one schema:
 * the tenant's, or {@code control}.
 */
@ApplicationScoped
public class JtaUnitOfWork implements UnitOfWork {

  @Inject TenantContext context;
  @Inject EntityManager entityManager;

  @Override
  public <T> T inTenant(TenantRef tenant, Supplier<T> work) {
    return run(Objects.requireNonNull(tenant, "tenant"), work);
  }

  @Override
  public <T> T inControl(Supplier<T> work) {
    return run(null, work);
  }

  private <T> T run(TenantRef tenant, Supplier<T> work) {
    // Quarkus resolves the session's tenant through CDI and needs a request context for it;
    // scheduled jobs and start-up code have none.
    ManagedContext requestContext = Arc.container().requestContext();
    boolean activated = !requestContext.isActive();
    if (activated) {
      requestContext.activate();
    }
    TenantRef previous = context.bind(tenant);
    try {
      // A new transaction, hence a new session opened for this schema, also when nested.
      return QuarkusTransaction.requiringNew().call(() -> workThenFlush(work));
    } catch (RuntimeException e) {
      throw PersistenceFailures.translate(e);
    } finally {
      context.restore(previous);
      if (activated) {
        requestContext.terminate();
      }
    }
  }

  private <T> T workThenFlush(Supplier<T> work) {
    T result = work.get();
    // Flushing here makes constraint violations surface inside the transaction, where they are
    // still Hibernate exceptions with a constraint name, not a commit-time rollback.
    entityManager.flush();
    return result;
  }
}
