package io.tenantry.application.auth;

import java.time.Duration;
import java.util.Optional;

/** Signs OpenID Connect ID tokens with the access tokens' keys, and reads them back as hints. */
public interface IdTokens {
  String issue(IdTokenClaims claims, Duration ttl);

  /**
   * The claims of an ID token this issuer signed, expired or not (an {@code id_token_hint} may be
   * old, OIDC RP-Initiated Logout §2); anything else is empty.
   */
  Optional<IdTokenHint> readHint(String token);
}
