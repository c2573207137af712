package io.tenantry.application.event;

import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.client.ClientName;
import io.tenantry.domain.client.ClientType;
import io.tenantry.domain.tenant.TenantId;

/** An OAuth client was registered with a tenant. */
public record ClientCreated(
    Initiator by, TenantId tenant, ClientId client, ClientName name, ClientType type)
    implements DomainEvent {}
