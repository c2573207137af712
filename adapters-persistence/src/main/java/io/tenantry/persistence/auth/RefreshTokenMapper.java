package io.tenantry.persistence.auth;

import io.tenantry.domain.auth.AuthMethods;
import io.tenantry.domain.auth.RefreshToken;
import io.tenantry.domain.auth.RefreshTokenSnapshot;
import io.tenantry.domain.auth.SessionChain;
import io.tenantry.domain.auth.SessionOrigin;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.user.UserId;

/** Maps between refresh tokens and their rows. */
final class RefreshTokenMapper {

  private RefreshTokenMapper() {}

  static RefreshToken toDomain(RefreshTokenEntity e) {
    return RefreshToken.restore(
        new RefreshTokenSnapshot(
            e.id,
            new UserId(e.userId),
            new SessionChain(
                e.familyId,
                e.sessionStartedAt,
                e.sessionExpiresAt,
                e.securityVersion,
                e.clientId,
                e.scope,
                AuthMethods.ofStored(e.amr)),
            new SessionOrigin(e.ip, e.userAgent),
            new TokenHash(e.tokenHash),
            e.issuedAt,
            e.expiresAt,
            e.rotatedAt,
            e.revokedAt));
  }

  static RefreshTokenEntity toNewEntity(RefreshToken token) {
    RefreshTokenEntity e = new RefreshTokenEntity();
    e.id = token.id();
    e.userId = token.userId().value();
    e.familyId = token.familyId();
    e.tokenHash = token.hash().hex();
    e.issuedAt = token.issuedAt();
    e.expiresAt = token.expiresAt();
    e.sessionStartedAt = token.session().startedAt();
    e.sessionExpiresAt = token.session().expiresAt();
    e.securityVersion = token.session().securityVersion();
    e.clientId = token.session().clientId();
    e.scope = token.session().scope();
    e.amr = token.session().methods().stored();
    e.ip = token.origin().ip();
    e.userAgent = token.origin().userAgent();
    copyState(token, e);
    return e;
  }

  /** Rotation and revocation are the only changes a stored token sees. */
  static void copyState(RefreshToken token, RefreshTokenEntity e) {
    e.rotatedAt = token.rotatedAt().orElse(null);
    e.revokedAt = token.revokedAt().orElse(null);
  }
}
