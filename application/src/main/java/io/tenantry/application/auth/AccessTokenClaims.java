package io.tenantry.application.auth;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import java.util.Set;

/** What an access token says: whose it is, in which tenant, and the security version it saw. */
public record AccessTokenClaims(
    UserId userId,
    TenantId tenantId,
    TenantSlug tenant,
    Email email,
    Set<Role> roles,
    long securityVersion) {
  public AccessTokenClaims {
    roles = Set.copyOf(roles);
  }
}
