package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.UserId;
import java.util.Optional;

/** A user was renamed and/or re-activated (by themselves or by an administrator). */
public record UserUpdated(
    Initiator by,
    TenantId tenant,
    UserId user,
    Optional<DisplayName> displayName,
    boolean reactivated)
    implements DomainEvent {}
