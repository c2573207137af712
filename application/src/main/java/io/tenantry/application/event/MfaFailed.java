package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;

/** A second-factor code was refused at login; it counts toward the account lockout. */
public record MfaFailed(Initiator by, TenantId tenant, UserId user, Reason reason)
    implements DomainEvent {

  /** Why the code was refused (never shown to the caller). */
  public enum Reason {
    WRONG_CODE,
    REPLAYED_CODE,
    LOCKED,
    NOT_ACTIVE
  }
}
