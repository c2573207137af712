package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;

/** A user was disabled: their sessions end and their access tokens stop working. */
public record UserDisabled(Initiator by, TenantId tenant, UserId user) implements DomainEvent {}
