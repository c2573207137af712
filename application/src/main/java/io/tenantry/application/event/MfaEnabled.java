package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;

/** A user confirmed a TOTP authenticator; MFA is on for the account. */
public record MfaEnabled(Initiator by, TenantId tenant, UserId user) implements DomainEvent {}
