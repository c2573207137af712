package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;

/** An administrator removed a user's second factor (a lost device). */
public record MfaReset(Initiator by, TenantId tenant, UserId user) implements DomainEvent {}
