package io.tenantry.rest.oauth;

import io.tenantry.application.client.TenantClient;

/**
 * One {@code grant_type} of {@code POST /oauth2/token}. Every CDI bean implementing it is found by
 * {@link TokenGrants}: adding a grant is adding one {@code @ApplicationScoped} class. The client
 * has authenticated already; the grant reads its parameters and calls one use case, which decides.
 */
public interface TokenGrant {
  /** The {@code grant_type} value this grant answers, e.g. {@code refresh_token}. */
  String grantType();

  TokenResponseBody exchange(TenantClient client, OAuthForm form);
}
