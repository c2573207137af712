package io.tenantry.application.fakes;

import io.tenantry.application.auth.AccessTokenClaims;
import io.tenantry.application.auth.AccessTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Issues opaque strings mapped to their claims; verifying looks them up. */
public final class FakeAccessTokens implements AccessTokens {
  private final Map<String, VerifiedToken> issued = new HashMap<>();
  private int counter;

  @Override
  public IssuedToken issue(AccessTokenClaims claims, Duration ttl) {
    String token = "access-" + (++counter);
    issued.put(token, new VerifiedToken(claims, Instant.now().plus(ttl)));
    return new IssuedToken(token, ttl.toSeconds());
  }

  @Override
  public Optional<VerifiedToken> inspect(String token) {
    return Optional.ofNullable(issued.get(token));
  }
}
