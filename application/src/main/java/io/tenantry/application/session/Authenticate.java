package io.tenantry.application.session;

import io.tenantry.application.access.RoleDirectory;
import io.tenantry.application.access.SessionGuard;
import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.auth.AccessTokenClaims;
import io.tenantry.application.auth.AccessTokens;
import io.tenantry.application.shared.Actor;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.tenant.TenantSnapshot;

/**
 * Turns a bearer token into the calling actor, with the roles the user holds now and what they
 * grant in the tenant now (its custom roles included). A disabled, deleted or logged-out-everywhere
 * user, or a token of an ended session, is refused at once; a suspended tenant is forbidden.
 */
public final class Authenticate {
  private final AccessTokens accessTokens;
  private final TenantDirectory tenants;
  private final SessionGuard guard;
  private final RoleDirectory roles;

  public Authenticate(
      AccessTokens accessTokens, TenantDirectory tenants, SessionGuard guard, RoleDirectory roles) {
    this.accessTokens = accessTokens;
    this.tenants = tenants;
    this.guard = guard;
    this.roles = roles;
  }

  public Actor authenticate(String bearerToken) {
    AccessTokenClaims claims =
        accessTokens.verify(bearerToken).orElseThrow(Authenticate::unauthenticated);
    TenantSnapshot tenant =
        tenants.byId(claims.tenantId()).orElseThrow(Authenticate::unauthenticated);
    if (!tenant.isActive()) {
      throw new ForbiddenException("tenant_suspended", "the tenant is suspended");
    }
    SessionGuard.Stamp stamp =
        guard
            .current(tenant.ref(), claims.userId(), claims.securityVersion(), claims.session())
            .orElseThrow(Authenticate::unauthenticated);
    return new Actor(
        claims.userId(),
        tenant.id(),
        tenant.slug(),
        claims.email(),
        stamp.roles(),
        claims.session().orElse(null),
        roles.of(tenant.ref()));
  }

  private static AuthenticationException unauthenticated() {
    return new AuthenticationException("unauthenticated", "a valid access token is required");
  }
}
