package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantRef;

/** A tenant was suspended: nobody in it can log in or use their tokens. */
public record TenantSuspended(Initiator by, TenantRef tenant) implements DomainEvent {}
