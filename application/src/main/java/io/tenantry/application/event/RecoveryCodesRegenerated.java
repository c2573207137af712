package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;

/** A user replaced their recovery codes; the old ones are dead. */
public record RecoveryCodesRegenerated(Initiator by, TenantId tenant, UserId user)
    implements DomainEvent {}
