package io.tenantry.application.auth;

/** An access token and the refresh token that renews it (OAuth 2.0 style). */
public record TokenPair(
    String accessToken, long expiresIn, String refreshToken, long refreshExpiresIn) {
  @Override
  public String toString() {
    return "TokenPair[redacted]";
  }
}
