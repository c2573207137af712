package io.tenantry.application.session;

import io.tenantry.application.access.ApiKeyGuard;
import io.tenantry.application.access.RoleDirectory;
import io.tenantry.application.access.SessionGuard;
import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.apikey.ApiKeyFormat;
import io.tenantry.application.auth.AccessTokenClaims;
import io.tenantry.application.auth.AccessTokens;
import io.tenantry.application.shared.Actor;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.tenant.TenantSnapshot;

/**
 * Turns a bearer token into the calling actor, with the roles the user holds now and what they
 * grant in the tenant now (its custom roles included). A disabled, deleted or logged-out-everywhere
 * user, or a token of an ended session, is refused at once; a suspended tenant is forbidden. A
 * service client's own token (client credentials) is for the adopter's own services: it is refused
 * here with 403, since the management API acts for people.
 */
public final class Authenticate {
  private final AccessTokens accessTokens;
  private final TenantDirectory tenants;
  private final SessionGuard guard;
  private final ApiKeyGuard apiKeys;
  private final RoleDirectory roles;

  public Authenticate(
      AccessTokens accessTokens,
      TenantDirectory tenants,
      SessionGuard guard,
      ApiKeyGuard apiKeys,
      RoleDirectory roles) {
    this.accessTokens = accessTokens;
    this.tenants = tenants;
    this.guard = guard;
    this.apiKeys = apiKeys;
    this.roles = roles;
  }

  /** The caller behind an access token or, when it starts with {@code tnt_}, a personal API key. */
  public Actor authenticate(String bearerToken) {
    if (bearerToken != null && ApiKeyFormat.looksLikeKey(bearerToken)) {
      return withTenantRoles(apiKeys.authenticate(bearerToken));
    }
    AccessTokenClaims claims =
        accessTokens.verify(bearerToken).orElseThrow(Authenticate::unauthenticated);
    TenantSnapshot tenant =
        tenants.byId(claims.tenantId()).orElseThrow(Authenticate::unauthenticated);
    if (!tenant.isActive()) {
      throw new ForbiddenException("tenant_suspended", "the tenant is suspended");
    }
    if (claims.isClientToken()) {
      throw new ForbiddenException(
          "a client credentials token cannot call this API; it is for your own services");
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

  /** The key's holder with what the tenant's roles (custom ones included) grant now. */
  private Actor withTenantRoles(Actor keyHolder) {
    return new Actor(
        keyHolder.userId(),
        keyHolder.tenantId(),
        keyHolder.tenant(),
        keyHolder.email(),
        keyHolder.roles(),
        null,
        roles.of(keyHolder.tenantRef()));
  }

  private static AuthenticationException unauthenticated() {
    return new AuthenticationException("unauthenticated", "a valid access token is required");
  }
}
