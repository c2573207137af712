package io.tenantry.application.auth;

import java.time.Duration;
import java.util.Optional;

/** Signs and verifies access tokens (JWTs); the keys stay in the adapter. */
public interface AccessTokens {
  IssuedToken issue(AccessTokenClaims claims, Duration ttl);

  /** The claims of a well-formed, correctly signed, unexpired token of ours; otherwise empty. */
  Optional<AccessTokenClaims> verify(String token);

  /** A signed token and how many seconds it lives. */
  record IssuedToken(String token, long expiresIn) {}
}
