package io.tenantry.rest.oauth;

import io.tenantry.application.UseCases;
import io.tenantry.application.client.TenantClient;
import io.tenantry.application.oauth.CodeTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@code grant_type=authorization_code} (RFC 6749 §4.1.3 with PKCE, RFC 7636 §4.5): the code, the
 * redirect URI of the authorization request and the PKCE verifier; answers tokens of a new session
 * of the client and, with scope {@code openid}, an ID token.
 */
@ApplicationScoped
public class AuthorizationCodeGrant implements TokenGrant {
  @Inject UseCases useCases;

  @Override
  public String grantType() {
    return "authorization_code";
  }

  @Override
  public TokenResponseBody exchange(TenantClient client, OAuthForm form) {
    CodeTokens tokens =
        useCases.redeemAuthorizationCode.redeem(
            client,
            form.required("code"),
            form.required("redirect_uri"),
            form.required("code_verifier"));
    TokenResponseBody body = TokenResponseBody.of(tokens.pair());
    return tokens.idToken().map(body::withIdToken).orElse(body);
  }
}
