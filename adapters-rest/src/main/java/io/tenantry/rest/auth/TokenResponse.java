package io.tenantry.rest.auth;

import io.tenantry.application.auth.TokenPair;

/** An OAuth 2.0 style token pair. */
public record TokenResponse(
    String accessToken,
    String tokenType,
    long expiresIn,
    String refreshToken,
    long refreshExpiresIn) {

  public static TokenResponse from(TokenPair pair) {
    return new TokenResponse(
        pair.accessToken(),
        "Bearer",
        pair.expiresIn(),
        pair.refreshToken(),
        pair.refreshExpiresIn());
  }

  @Override
  public String toString() {
    return "TokenResponse[redacted]";
  }
}
