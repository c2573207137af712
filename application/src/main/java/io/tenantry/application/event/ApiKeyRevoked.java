package io.tenantry.application.event;

import io.tenantry.domain.apikey.ApiKeyId;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;

/** A personal API key was revoked (by its user or an administrator); it stops working at once. */
public record ApiKeyRevoked(Initiator by, TenantId tenant, UserId user, ApiKeyId key)
    implements DomainEvent {}
