package io.tenantry.application.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Signs and verifies access tokens (JWTs); the keys stay in the adapter. */
public interface AccessTokens {
  IssuedToken issue(AccessTokenClaims claims, Duration ttl);

  /**
   * The claims and expiry of a well-formed, correctly signed, unexpired token of ours; otherwise
   * empty.
   */
  Optional<VerifiedToken> inspect(String token);

  /** The claims of a well-formed, correctly signed, unexpired token of ours; otherwise empty. */
  default Optional<AccessTokenClaims> verify(String token) {
    return inspect(token).map(VerifiedToken::claims);
  }

  /** A signed token and how many seconds it lives. */
  record IssuedToken(String token, long expiresIn) {}

  /** What a verified token says, and when it expires ({@code exp}). */
  record VerifiedToken(AccessTokenClaims claims, Instant expiresAt) {}
}
