package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.UserId;
import java.util.Optional;

/** A login was refused; {@code user} is empty when no account has the address. */
public record LoginFailed(
    Initiator by, TenantId tenant, Optional<UserId> user, Email email, Reason reason)
    implements DomainEvent {

  /** Why the login was refused (never shown to the caller). */
  public enum Reason {
    UNKNOWN_ACCOUNT,
    NO_PASSWORD,
    WRONG_PASSWORD,
    TENANT_SUSPENDED,
    LOCKED,
    NOT_ACTIVE,
    EMAIL_UNVERIFIED
  }
}
