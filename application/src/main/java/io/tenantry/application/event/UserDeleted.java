package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;

/**
 * An administrator removed a user from a tenant. Like {@link AccountDeleted}, deliberately without
 * the address: the user's id is the only name the audit trail keeps for them from here on.
 */
public record UserDeleted(Initiator by, TenantId tenant, UserId user) implements DomainEvent {}
