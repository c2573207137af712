package io.tenantry.application.tenant;

import io.tenantry.domain.tenant.TenantName;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import java.util.Optional;

/** A new tenant and its first owner; without a password the owner is invited by mail. */
public record CreateTenantCommand(
    TenantSlug slug,
    TenantName name,
    Email ownerEmail,
    DisplayName ownerDisplayName,
    Optional<String> ownerPassword) {
  @Override
  public String toString() {
    return "CreateTenantCommand[" + slug + ", " + ownerEmail + "]";
  }
}
