package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.UserId;

/** A user was removed from a tenant. */
public record UserDeleted(Initiator by, TenantId tenant, UserId user, Email email)
    implements DomainEvent {}
