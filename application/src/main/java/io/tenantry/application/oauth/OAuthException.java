package io.tenantry.application.oauth;

import io.tenantry.domain.shared.DomainException;

/**
 * A refusal of an OAuth 2.0 request, with its RFC 6749 §5.2 error code as {@link #code()} ({@code
 * invalid_client}, {@code invalid_grant}, ...); the {@code /oauth2/*} adapter writes it the RFC
 * way.
 */
public class OAuthException extends DomainException {
  public OAuthException(String error, String description) {
    super(error, description);
  }

  /** Unknown client, wrong or missing secret, or a client of a suspended tenant (401). */
  public static OAuthException invalidClient() {
    return new OAuthException("invalid_client", "client authentication failed");
  }

  public static OAuthException invalidGrant(String description) {
    return new OAuthException("invalid_grant", description);
  }

  public static OAuthException unauthorizedClient(String description) {
    return new OAuthException("unauthorized_client", description);
  }

  public static OAuthException invalidScope(String description) {
    return new OAuthException("invalid_scope", description);
  }

  public static OAuthException invalidRequest(String description) {
    return new OAuthException("invalid_request", description);
  }

  public static OAuthException unsupportedGrantType() {
    return new OAuthException("unsupported_grant_type", "this grant type is not supported");
  }
}
