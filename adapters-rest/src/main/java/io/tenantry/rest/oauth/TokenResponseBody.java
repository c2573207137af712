package io.tenantry.rest.oauth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tenantry.application.auth.AccessTokens;
import io.tenantry.application.auth.TokenPair;

/**
 * A successful token response (RFC 6749 §5.1; OIDC Core §3.1.3.3 adds {@code id_token}). Fields
 * that do not apply (no refresh token for client credentials, no ID token without {@code openid})
 * are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenResponseBody(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") long expiresIn,
    @JsonProperty("refresh_token") String refreshToken,
    @JsonProperty("refresh_expires_in") Long refreshExpiresIn,
    @JsonProperty("scope") String scope,
    @JsonProperty("id_token") String idToken) {

  /** An access and refresh token pair of a user's session. */
  public static TokenResponseBody of(TokenPair pair) {
    return new TokenResponseBody(
        pair.accessToken(),
        "Bearer",
        pair.expiresIn(),
        pair.refreshToken(),
        pair.refreshExpiresIn(),
        blankToNull(pair.scope()),
        null);
  }

  /** An access token alone (client credentials). */
  public static TokenResponseBody of(AccessTokens.IssuedToken token, String scope) {
    return new TokenResponseBody(
        token.token(), "Bearer", token.expiresIn(), null, null, blankToNull(scope), null);
  }

  /** The same answer with an ID token (the code flow with scope {@code openid}). */
  public TokenResponseBody withIdToken(String idToken) {
    return new TokenResponseBody(
        accessToken, tokenType, expiresIn, refreshToken, refreshExpiresIn, scope, idToken);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  @Override
  public String toString() {
    return "TokenResponseBody[redacted]";
  }
}
