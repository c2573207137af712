package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantName;
import io.tenantry.domain.tenant.TenantRef;
import java.util.Optional;

/**
 * A tenant was renamed, opened or closed for self-registration, re-activated, and/or had its MFA
 * policy changed.
 */
public record TenantUpdated(
    Initiator by,
    TenantRef tenant,
    Optional<TenantName> name,
    Optional<Boolean> selfRegistration,
    boolean reactivated,
    Optional<Boolean> mfaRequired)
    implements DomainEvent {

  /** A change that leaves the MFA policy as it is. */
  public TenantUpdated(
      Initiator by,
      TenantRef tenant,
      Optional<TenantName> name,
      Optional<Boolean> selfRegistration,
      boolean reactivated) {
    this(by, tenant, name, selfRegistration, reactivated, Optional.empty());
  }
}
