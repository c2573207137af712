package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;

/** A user set a new password with a reset link; every session of theirs ended. */
public record PasswordReset(Initiator by, TenantId tenant, UserId user) implements DomainEvent {}
