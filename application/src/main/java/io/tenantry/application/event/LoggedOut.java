package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;

/** A user ended one session, or all of them (access tokens included). */
public record LoggedOut(Initiator by, TenantId tenant, UserId user, Scope scope)
    implements DomainEvent {

  /** Which sessions ended. */
  public enum Scope {
    SESSION,
    ALL
  }
}
