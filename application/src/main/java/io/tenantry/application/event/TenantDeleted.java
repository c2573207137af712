package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantRef;

/** A tenant was deleted with its schema; there is no trail left to write to. */
public record TenantDeleted(Initiator by, TenantRef tenant) implements DomainEvent {}
