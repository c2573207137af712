package io.tenantry.application.event;

import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.client.ClientName;
import io.tenantry.domain.tenant.TenantId;

/** An OAuth client was removed; its secret and refresh tokens no longer work. */
public record ClientDeleted(Initiator by, TenantId tenant, ClientId client, ClientName name)
    implements DomainEvent {}
