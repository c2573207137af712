package io.tenantry.rest.auth;

import io.tenantry.application.auth.TokenPair;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An OAuth 2.0 style token pair. */
@Schema(name = "TokenPair", description = "An access token and the refresh token that renews it")
public record TokenResponse(
    String accessToken,
    @Schema(enumeration = "Bearer") String tokenType,
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
