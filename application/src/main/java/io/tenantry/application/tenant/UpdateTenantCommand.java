package io.tenantry.application.tenant;

import io.tenantry.domain.tenant.TenantName;
import io.tenantry.domain.tenant.TenantStatus;
import java.util.Optional;
import java.util.OptionalLong;

/** A partial update of a tenant; absent fields stay as they are. */
public record UpdateTenantCommand(
    Optional<TenantName> name,
    Optional<Boolean> selfRegistration,
    Optional<TenantStatus> status,
    OptionalLong expectedVersion,
    Optional<Boolean> mfaRequired) {

  /** A change that leaves the MFA policy as it is. */
  public UpdateTenantCommand(
      Optional<TenantName> name,
      Optional<Boolean> selfRegistration,
      Optional<TenantStatus> status,
      OptionalLong expectedVersion) {
    this(name, selfRegistration, status, expectedVersion, Optional.empty());
  }
}
