package io.tenantry.persistence.auth;

import io.tenantry.domain.auth.OneTimeToken;
import io.tenantry.domain.auth.OneTimeTokenSnapshot;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.user.UserId;
import io.tenantry.persistence.shared.StoredEnums;

/** Maps between one-time tokens and their rows. */
final class OneTimeTokenMapper {

  private OneTimeTokenMapper() {}

  static OneTimeToken toDomain(OneTimeTokenEntity e) {
    return OneTimeToken.restore(
        new OneTimeTokenSnapshot(
            e.id,
            new UserId(e.userId),
            StoredEnums.parse(TokenPurpose.class, e.purpose),
            new TokenHash(e.tokenHash),
            e.createdAt,
            e.expiresAt,
            e.usedAt,
            e.clientId));
  }

  static OneTimeTokenEntity toNewEntity(OneTimeToken token) {
    OneTimeTokenEntity e = new OneTimeTokenEntity();
    e.id = token.id();
    e.userId = token.userId().value();
    e.purpose = StoredEnums.text(token.purpose());
    e.tokenHash = token.hash().hex();
    e.createdAt = token.createdAt();
    e.expiresAt = token.expiresAt();
    e.usedAt = token.usedAt().orElse(null);
    e.clientId = token.client().orElse(null);
    return e;
  }
}
