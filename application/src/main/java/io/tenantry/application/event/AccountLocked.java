package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** Too many failed logins locked an account until {@code lockedUntil}. */
public record AccountLocked(
    Initiator by, TenantId tenant, UserId user, Optional<Instant> lockedUntil)
    implements DomainEvent {}
