package io.tenantry.application.session;

import io.tenantry.domain.shared.AuthenticationException;

/** The one answer for every refresh token that cannot be used. */
final class RefreshTokens {
  private RefreshTokens() {}

  static AuthenticationException invalid() {
    return new AuthenticationException("invalid_token", "the refresh token is not valid");
  }
}
