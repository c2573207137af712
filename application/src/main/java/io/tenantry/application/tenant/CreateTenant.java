package io.tenantry.application.tenant;

import io.tenantry.application.shared.Actor;
import java.util.Optional;

/** A platform admin creates a tenant with its first owner (invited by mail without a password). */
public final class CreateTenant {
  private final TenantProvisioning provisioning;

  public CreateTenant(TenantProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  public TenantView create(Actor actor, CreateTenantCommand command) {
    actor.requirePlatformAdmin();
    return TenantView.of(
        provisioning.createWithOwner(Optional.of(actor), command, (tenant, owner) -> tenant));
  }
}
