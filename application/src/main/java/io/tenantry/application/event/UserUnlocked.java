package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;

/** An administrator lifted a user's login lock. */
public record UserUnlocked(Initiator by, TenantId tenant, UserId user) implements DomainEvent {}
