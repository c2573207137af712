package io.tenantry.application.auth;

/** The public keys that verify our access tokens, published for resource servers. */
public interface PublishedKeys {
  /** The keys as a JSON Web Key Set document. */
  String jwks();

  /** The JWS algorithm new tokens are signed with ({@code RS256} or {@code ES256}). */
  String signingAlgorithm();
}
