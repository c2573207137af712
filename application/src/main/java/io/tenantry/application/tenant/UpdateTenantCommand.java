package io.tenantry.application.tenant;

import java.util.Optional;
import java.util.OptionalLong;

/** A partial update of a tenant; absent fields stay as they are. */
public record UpdateTenantCommand(
    Optional<String> name,
    Optional<Boolean> selfRegistration,
    Optional<String> status,
    OptionalLong expectedVersion) {}
