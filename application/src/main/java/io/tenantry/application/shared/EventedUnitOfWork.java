package io.tenantry.application.shared;

import io.tenantry.domain.tenant.TenantRef;
import java.util.function.Supplier;

/**
 * A unit of work that flushes the domain events its work published: in-transaction subscribers
 * before the commit of the wrapped unit of work, after-commit subscribers once it has committed.
 */
public final class EventedUnitOfWork implements UnitOfWork {
  private final UnitOfWork transactions;
  private final DomainEvents events;

  public EventedUnitOfWork(UnitOfWork transactions, DomainEvents events) {
    this.transactions = transactions;
    this.events = events;
  }

  @Override
  public <T> T inTenant(TenantRef tenant, Supplier<T> work) {
    return events.within(inner -> transactions.inTenant(tenant, inner), work);
  }

  @Override
  public <T> T inControl(Supplier<T> work) {
    return events.within(transactions::inControl, work);
  }
}
