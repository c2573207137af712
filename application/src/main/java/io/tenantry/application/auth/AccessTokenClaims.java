package io.tenantry.application.auth;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What an access token says: whose it is, in which tenant, the security version it saw and its
 * session.
 */
public record AccessTokenClaims(
    UserId userId,
    TenantId tenantId,
    TenantSlug tenant,
    Email email,
    Set<Role> roles,
    long securityVersion,
    UUID sessionId) {
  public AccessTokenClaims {
    roles = Set.copyOf(roles);
  }

  /** Claims without a session: tokens issued before sessions had ids. */
  public AccessTokenClaims(
      UserId userId,
      TenantId tenantId,
      TenantSlug tenant,
      Email email,
      Set<Role> roles,
      long securityVersion) {
    this(userId, tenantId, tenant, email, roles, securityVersion, null);
  }

  /** The session ({@code sid}) the token belongs to, if it names one. */
  public Optional<UUID> session() {
    return Optional.ofNullable(sessionId);
  }
}
