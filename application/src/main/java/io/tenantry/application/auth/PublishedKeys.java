package io.tenantry.application.auth;

/** The public keys that verify our access tokens, published for resource servers. */
public interface PublishedKeys {
  /** The keys as a JSON Web Key Set document. */
  String jwks();
}
