package io.tenantry.application.event;

import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.tenant.TenantId;

/** An OAuth client got a new secret; the old one stopped working. */
public record ClientSecretRotated(Initiator by, TenantId tenant, ClientId client)
    implements DomainEvent {}
