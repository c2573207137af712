package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.Role;

/** A tenant removed a role of its own (nobody held it). */
public record RoleDeleted(Initiator by, TenantId tenant, Role role) implements DomainEvent {}
