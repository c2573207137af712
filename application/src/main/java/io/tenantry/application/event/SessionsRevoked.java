package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions of a user were ended by someone: one session by its owner, all of them by an
 * administrator, or all but the caller's own on a password change.
 */
public record SessionsRevoked(
    Initiator by, TenantId tenant, UserId user, Scope scope, Optional<UUID> session)
    implements DomainEvent {

  /** Which sessions ended. */
  public enum Scope {
    ONE,
    ALL,
    ALL_OTHERS
  }
}
