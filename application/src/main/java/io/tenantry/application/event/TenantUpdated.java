package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantName;
import io.tenantry.domain.tenant.TenantRef;
import java.util.Optional;

/** A tenant was renamed, opened or closed for self-registration, and/or re-activated. */
public record TenantUpdated(
    Initiator by,
    TenantRef tenant,
    Optional<TenantName> name,
    Optional<Boolean> selfRegistration,
    boolean reactivated)
    implements DomainEvent {}
