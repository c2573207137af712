package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;

/** A user changed their password, knowing the current one. */
public record PasswordChanged(Initiator by, TenantId tenant, UserId user) implements DomainEvent {}
