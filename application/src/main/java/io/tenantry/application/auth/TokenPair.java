package io.tenantry.application.auth;

import java.util.UUID;

/**
 * An access token and the refresh token that renews it (OAuth 2.0 style), with the scope granted
 * and the session ({@code sid}) they belong to.
 */
public record TokenPair(
    String accessToken,
    long expiresIn,
    String refreshToken,
    long refreshExpiresIn,
    String scope,
    UUID sessionId) {

  public TokenPair(String accessToken, long expiresIn, String refreshToken, long refreshExpiresIn) {
    this(accessToken, expiresIn, refreshToken, refreshExpiresIn, "", null);
  }

  @Override
  public String toString() {
    return "TokenPair[redacted]";
  }
}
