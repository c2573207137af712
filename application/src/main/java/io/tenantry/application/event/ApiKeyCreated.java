package io.tenantry.application.event;

import io.tenantry.domain.apikey.ApiKeyId;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;

/** A user created a personal API key. */
public record ApiKeyCreated(Initiator by, TenantId tenant, UserId user, ApiKeyId key, String name)
    implements DomainEvent {}
