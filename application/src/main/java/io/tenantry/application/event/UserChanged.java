package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;

/**
 * A user's row was written (any field: a login time, a rehashed password, a counted attempt); not
 * audited, only for the caches that keep a copy of the user.
 */
public record UserChanged(TenantId tenant, UserId user) implements DomainEvent {
  @Override
  public Initiator by() {
    return Initiator.NONE;
  }
}
