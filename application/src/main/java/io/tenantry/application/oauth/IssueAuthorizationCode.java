package io.tenantry.application.oauth;

import io.tenantry.application.session.PageCaller;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.SecureTokens;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.AuthorizationCode;
import io.tenantry.domain.auth.AuthorizationCodeRepository;
import io.tenantry.domain.auth.ScopedToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Issues an authorization code to a signed-in browser: single use, {@link #LIFETIME}, stored by
 * hash, bound to the client, redirect URI, PKCE challenge, nonce and scope, and to the user's
 * browser session, sign-in time and sign-in methods (the {@code amr} of the tokens it yields).
 */
public final class IssueAuthorizationCode {
  /** How long a code can be exchanged (RFC 6749 §4.1.2 recommends at most 10 minutes). */
  public static final Duration LIFETIME = Duration.ofSeconds(60);

  private final UnitOfWork unitOfWork;
  private final AuthorizationCodeRepository codes;
  private final SecureTokens secureTokens;
  private final Clock clock;

  public IssueAuthorizationCode(
      UnitOfWork unitOfWork,
      AuthorizationCodeRepository codes,
      SecureTokens secureTokens,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.codes = codes;
    this.secureTokens = secureTokens;
    this.clock = clock;
  }

  /** The code for {@code caller}, who must belong to the client's tenant. */
  public String issue(PageCaller caller, CodeRequest request) {
    Actor actor = caller.actor();
    if (!request.client().tenant().id().equals(actor.tenantId())) {
      throw new IllegalArgumentException("the caller is not of the client's tenant");
    }
    ScopedToken code = ScopedToken.compose(actor.tenantId(), secureTokens.newSecret());
    AuthorizationCode.Grant grant =
        new AuthorizationCode.Grant(
            request.client().client().id().value(),
            request.redirectUri(),
            request.codeChallenge(),
            request.nonce(),
            request.scope().value(),
            actor.userId(),
            actor.session().orElseThrow(),
            caller.authTime(),
            caller.methods());
    Instant now = clock.instant();
    unitOfWork.inTenant(
        actor.tenantRef(),
        () -> codes.save(AuthorizationCode.issue(code.hash(), grant, now.plus(LIFETIME))));
    return code.value();
  }
}
