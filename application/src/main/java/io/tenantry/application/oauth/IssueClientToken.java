package io.tenantry.application.oauth;

import io.tenantry.application.auth.AccessTokenClaims;
import io.tenantry.application.auth.AccessTokens;
import io.tenantry.application.auth.AuthSettings;
import io.tenantry.application.auth.ClientGrant;
import io.tenantry.application.client.TenantClient;
import io.tenantry.domain.client.Client;
import io.tenantry.domain.client.ClientType;
import io.tenantry.domain.client.Scope;

/**
 * The client credentials grant: a service client gets an access token of its own (subject the
 * client, {@code groups} its roles, no refresh token). No scopes are registered for clients yet, so
 * a requested scope is refused rather than granted unchecked; the roles are what authorise it.
 */
public final class IssueClientToken {
  private final AccessTokens accessTokens;
  private final AuthSettings settings;

  public IssueClientToken(AccessTokens accessTokens, AuthSettings settings) {
    this.accessTokens = accessTokens;
    this.settings = settings;
  }

  public AccessTokens.IssuedToken issue(TenantClient caller, Scope requested) {
    Client client = caller.client();
    if (client.type() != ClientType.SERVICE) {
      throw OAuthException.unauthorizedClient("only service clients may use client_credentials");
    }
    if (!requested.isEmpty()) {
      throw OAuthException.invalidScope(
          "service clients are authorised by their roles, not scopes");
    }
    return accessTokens.issue(
        AccessTokenClaims.ofClient(
            caller.tenant().ref(), client.roles(), ClientGrant.of(client, Scope.EMPTY)),
        settings.accessTokenTtl());
  }
}
