package io.tenantry.rest.oauth;

import io.tenantry.application.UseCases;
import io.tenantry.application.client.TenantClient;
import io.tenantry.domain.client.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code grant_type=client_credentials}: a service client's own access token, no refresh token. */
@ApplicationScoped
public class ClientCredentialsGrant implements TokenGrant {
  @Inject UseCases useCases;

  @Override
  public String grantType() {
    return "client_credentials";
  }

  @Override
  public TokenResponseBody exchange(TenantClient client, OAuthForm form) {
    Scope requested = Scope.parse(form.optional("scope").orElse(null));
    return TokenResponseBody.of(useCases.issueClientToken.issue(client, requested), null);
  }
}
