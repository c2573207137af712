package io.tenantry.rest.oauth;

import io.tenantry.application.UseCases;
import io.tenantry.application.client.TenantClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@code grant_type=refresh_token}: the rotation and reuse detection of {@code
 * /api/v1/auth/refresh}, for a session the authenticated client started. The session keeps the
 * scope it was granted; a {@code scope} parameter does not change it.
 */
@ApplicationScoped
public class RefreshTokenGrant implements TokenGrant {
  @Inject UseCases useCases;

  @Override
  public String grantType() {
    return "refresh_token";
  }

  @Override
  public TokenResponseBody exchange(TenantClient client, OAuthForm form) {
    return TokenResponseBody.of(
        useCases.rotateRefreshToken.refreshFor(client, form.required("refresh_token")));
  }
}
