package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;

/** A user turned their MFA off with their password. */
public record MfaDisabled(Initiator by, TenantId tenant, UserId user) implements DomainEvent {}
