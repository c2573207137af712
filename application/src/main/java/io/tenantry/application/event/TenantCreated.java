package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantName;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.user.Email;
import java.util.Optional;

/** A tenant was created, with its first owner unless it is the platform's own. */
public record TenantCreated(Initiator by, TenantRef tenant, TenantName name, Optional<Email> owner)
    implements DomainEvent {}
