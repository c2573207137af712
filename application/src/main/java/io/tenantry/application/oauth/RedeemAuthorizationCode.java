package io.tenantry.application.oauth;

import io.tenantry.application.auth.ClientGrant;
import io.tenantry.application.auth.IdTokenClaims;
import io.tenantry.application.auth.IdTokens;
import io.tenantry.application.auth.SessionIssuer;
import io.tenantry.application.auth.TokenPair;
import io.tenantry.application.client.TenantClient;
import io.tenantry.application.event.Initiator;
import io.tenantry.application.event.SessionsRevoked;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.AuthorizationCode;
import io.tenantry.domain.auth.AuthorizationCodeRepository;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.auth.ScopedToken;
import io.tenantry.domain.client.Client;
import io.tenantry.domain.client.Scope;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import io.tenantry.domain.user.UserStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code grant_type=authorization_code}: exchanges a code once, for the client it was issued to,
 * with the same redirect URI and the PKCE verifier of its challenge, for a new session of that
 * client (and an ID token with scope {@code openid}). A code presented again ends the session its
 * first exchange started (RFC 6749 §4.1.2); that revocation commits before the refusal.
 */
public final class RedeemAuthorizationCode {
  private final UnitOfWork unitOfWork;
  private final AuthorizationCodeRepository codes;
  private final UserRepository users;
  private final RefreshTokenRepository refreshTokens;
  private final SessionIssuer sessions;
  private final IdTokens idTokens;
  private final Duration idTokenTtl;
  private final DomainEvents events;
  private final Clock clock;

  public RedeemAuthorizationCode(
      UnitOfWork unitOfWork,
      AuthorizationCodeRepository codes,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      SessionIssuer sessions,
      IdTokens idTokens,
      Duration idTokenTtl,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.codes = codes;
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.sessions = sessions;
    this.idTokens = idTokens;
    this.idTokenTtl = idTokenTtl;
    this.events = events;
    this.clock = clock;
  }

  public CodeTokens redeem(
      TenantClient client, String presented, String redirectUri, String verifier) {
    TenantSnapshot tenant = client.tenant();
    Optional<ScopedToken> code =
        ScopedToken.parse(presented).filter(t -> t.tenant().equals(tenant.id()));
    if (code.isEmpty()) {
      throw OAuthException.invalidGrant("the code is unknown, expired or used");
    }
    Outcome outcome =
        unitOfWork.inTenant(
            tenant.ref(),
            () -> exchange(tenant, client.client(), code.get(), redirectUri, verifier));
    return outcome.tokens().orElseThrow(() -> OAuthException.invalidGrant(outcome.refusal()));
  }

  private Outcome exchange(
      TenantSnapshot tenant, Client client, ScopedToken presented, String uri, String verifier) {
    Optional<AuthorizationCode> found = codes.findByHashForUpdate(presented.hash());
    Instant now = clock.instant();
    if (found.isEmpty()) {
      return Outcome.refused("the code is unknown, expired or used");
    }
    AuthorizationCode code = found.get();
    if (code.usedAt().isPresent()) {
      code.issuedSession().ifPresent(sid -> endReplayedSession(tenant, code, now));
      return Outcome.refused("the code is unknown, expired or used");
    }
    AuthorizationCode.Grant grant = code.grant();
    if (!code.redeemableAt(now) || !grant.clientId().equals(client.id().value())) {
      return Outcome.refused("the code is unknown, expired or used");
    }
    if (!grant.redirectUri().equals(uri)) {
      return Outcome.refused("redirect_uri differs from the authorization request's");
    }
    if (!code.verifies(verifier)) {
      return Outcome.refused("code_verifier does not match the code_challenge");
    }
    Optional<User> user = users.findById(grant.user()).filter(u -> u.status() == UserStatus.ACTIVE);
    if (user.isEmpty()) {
      return Outcome.refused("the user can no longer sign in");
    }
    Scope scope = Scope.parse(grant.scope());
    TokenPair pair =
        sessions.startSession(
            tenant.ref(), user.get(), ClientGrant.of(client, scope), grant.methods());
    code.redeem(now, pair.sessionId());
    codes.save(code);
    Optional<String> idToken =
        scope.contains("openid")
            ? Optional.of(idTokens.issue(claims(tenant, grant, user.get(), pair), idTokenTtl))
            : Optional.empty();
    return new Outcome(Optional.of(new CodeTokens(pair, idToken)), null);
  }

  private void endReplayedSession(TenantSnapshot tenant, AuthorizationCode code, Instant now) {
    var sid = code.issuedSession().orElseThrow();
    refreshTokens.revokeFamily(sid, now);
    events.publish(
        new SessionsRevoked(
            Initiator.NONE,
            tenant.id(),
            code.grant().user(),
            SessionsRevoked.Scope.ONE,
            Optional.of(sid)));
  }

  private static IdTokenClaims claims(
      TenantSnapshot tenant, AuthorizationCode.Grant grant, User user, TokenPair pair) {
    return new IdTokenClaims(
        user.id(),
        grant.clientId(),
        grant.nonce(),
        grant.authTime(),
        pair.sessionId(),
        user.email(),
        user.emailVerified(),
        user.displayName().value(),
        tenant.ref(),
        grant.methods());
  }

  /** The tokens, or why not; a refusal still commits what the exchange revoked. */
  private record Outcome(Optional<CodeTokens> tokens, String refusal) {
    static Outcome refused(String why) {
      return new Outcome(Optional.empty(), why);
    }
  }
}
