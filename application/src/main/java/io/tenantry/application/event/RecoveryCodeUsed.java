package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;

/** A recovery code was spent as the second factor of a login. */
public record RecoveryCodeUsed(Initiator by, TenantId tenant, UserId user) implements DomainEvent {}
