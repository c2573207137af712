package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;

/**
 * A user deleted their own account. Deliberately without the address: the audit row that records it
 * must not keep personal data the deletion was asked to remove.
 */
public record AccountDeleted(Initiator by, TenantId tenant, UserId user) implements DomainEvent {}
