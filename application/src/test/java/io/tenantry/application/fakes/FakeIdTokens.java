package io.tenantry.application.fakes;

import io.tenantry.application.auth.IdTokenClaims;
import io.tenantry.application.auth.IdTokenHint;
import io.tenantry.application.auth.IdTokens;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** ID tokens as opaque ids that map back to their claims; no cryptography. */
public final class FakeIdTokens implements IdTokens {
  private final Map<String, IdTokenClaims> issued = new ConcurrentHashMap<>();

  @Override
  public String issue(IdTokenClaims claims, Duration ttl) {
    String token = "id-" + UUID.randomUUID();
    issued.put(token, claims);
    return token;
  }

  @Override
  public Optional<IdTokenHint> readHint(String token) {
    return Optional.ofNullable(issued.get(token))
        .map(
            c ->
                new IdTokenHint(
                    c.tenant().id(), c.subject(), c.audience(), Optional.of(c.session())));
  }
}
