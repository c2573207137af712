package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;

/** A user proved they own their address with the link they were mailed. */
public record EmailVerified(Initiator by, TenantId tenant, UserId user) implements DomainEvent {}
