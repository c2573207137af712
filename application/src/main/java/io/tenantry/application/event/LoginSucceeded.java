package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;

/** A user logged in with their password. */
public record LoginSucceeded(Initiator by, TenantId tenant, UserId user) implements DomainEvent {}
