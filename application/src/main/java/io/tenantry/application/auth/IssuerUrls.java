package io.tenantry.application.auth;

/**
 * Where Tenantry is: the {@code iss} of its tokens and the public base URL its endpoints (token,
 * authorize, JWKS, ...) hang off, without a trailing slash. The issuer is kept exactly as
 * configured: RFC 8414 and OIDC Discovery compare it character for character with {@code iss}.
 */
public record IssuerUrls(String issuer, String publicUrl) {
  public IssuerUrls {
    publicUrl = publicUrl.replaceAll("/+$", "");
  }

  /** The absolute URL of {@code path} (which starts with a slash). */
  public String endpoint(String path) {
    return publicUrl + path;
  }
}
