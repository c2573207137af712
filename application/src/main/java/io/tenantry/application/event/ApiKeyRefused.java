package io.tenantry.application.event;

import io.tenantry.domain.apikey.ApiKeyId;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;

/** A known API key was presented but refused (revoked, expired, or its user cannot act). */
public record ApiKeyRefused(
    Initiator by, TenantId tenant, UserId user, ApiKeyId key, ApiKeyRefused.Reason reason)
    implements DomainEvent {

  /** Why the key was refused. */
  public enum Reason {
    REVOKED,
    EXPIRED,
    USER_INACTIVE
  }
}
