package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;
import java.util.UUID;

/** A rotated refresh token was presented again; its whole family was revoked. */
public record TokenReuseDetected(TenantId tenant, UserId user, UUID familyId)
    implements DomainEvent {
  @Override
  public Initiator by() {
    return Initiator.NONE;
  }
}
