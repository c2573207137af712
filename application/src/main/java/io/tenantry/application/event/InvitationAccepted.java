package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;

/** An invited user chose a password and became active. */
public record InvitationAccepted(Initiator by, TenantId tenant, UserId user)
    implements DomainEvent {}
