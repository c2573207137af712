package io.tenantry.application.auth;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;
import java.util.Optional;
import java.util.UUID;

/** The parts of a presented {@code id_token_hint} that logout needs. */
public record IdTokenHint(
    TenantId tenant, UserId subject, String audience, Optional<UUID> session) {}
