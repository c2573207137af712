package io.tenantry.persistence.auth;

import io.tenantry.domain.auth.AuthMethods;
import io.tenantry.domain.auth.AuthorizationCode;
import io.tenantry.domain.auth.AuthorizationCodeRepository;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** Authorization codes of the tenant whose schema the current unit of work is bound to. */
@ApplicationScoped
public class JpaAuthorizationCodeRepository implements AuthorizationCodeRepository {

  @Override
  public void save(AuthorizationCode code) {
    AuthorizationCodeEntity entity = AuthorizationCodeEntity.findById(code.id());
    if (entity == null) {
      toNewEntity(code).persist();
    } else {
      // Redemption is the only change a stored code sees.
      entity.usedAt = code.usedAt().orElse(null);
      entity.issuedSession = code.issuedSession().orElse(null);
    }
  }

  @Override
  public Optional<AuthorizationCode> findByHashForUpdate(TokenHash hash) {
    // The row lock makes a concurrent second exchange wait, then see the code used.
    return AuthorizationCodeEntity.<AuthorizationCodeEntity>find("codeHash", hash.hex())
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional()
        .map(JpaAuthorizationCodeRepository::toDomain);
  }

  private static AuthorizationCodeEntity toNewEntity(AuthorizationCode code) {
    AuthorizationCode.Grant grant = code.grant();
    AuthorizationCodeEntity e = new AuthorizationCodeEntity();
    e.id = code.id();
    e.codeHash = code.hash().hex();
    e.clientId = grant.clientId();
    e.redirectUri = grant.redirectUri();
    e.codeChallenge = grant.codeChallenge();
    e.nonce = grant.nonce().orElse(null);
    e.scope = grant.scope();
    e.userId = grant.user().value();
    e.browserSession = grant.browserSession();
    e.authTime = grant.authTime();
    e.amr = grant.methods().stored();
    e.expiresAt = code.expiresAt();
    e.usedAt = code.usedAt().orElse(null);
    e.issuedSession = code.issuedSession().orElse(null);
    return e;
  }

  private static AuthorizationCode toDomain(AuthorizationCodeEntity e) {
    return AuthorizationCode.restore(
        e.id,
        new TokenHash(e.codeHash),
        new AuthorizationCode.Grant(
            e.clientId,
            e.redirectUri,
            e.codeChallenge,
            Optional.ofNullable(e.nonce),
            e.scope,
            new UserId(e.userId),
            e.browserSession,
            e.authTime,
            AuthMethods.ofStored(e.amr)),
        e.expiresAt,
        e.usedAt,
        e.issuedSession);
  }
}
