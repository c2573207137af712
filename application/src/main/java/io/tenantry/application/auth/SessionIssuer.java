package io.tenantry.application.auth;

import io.tenantry.application.audit.RequestOrigin;
import io.tenantry.application.shared.SecureTokens;
import io.tenantry.domain.auth.AuthMethods;
import io.tenantry.domain.auth.RefreshToken;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.auth.ScopedToken;
import io.tenantry.domain.auth.SessionChain;
import io.tenantry.domain.auth.SessionOrigin;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.client.Scope;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues token pairs: a signed access token naming its session ({@code sid}) and an opaque,
 * hashed-at-rest refresh token. A session carries the user's security version at login and an
 * absolute end; no refresh token outlives it.
 */
public final class SessionIssuer {
  private final AccessTokens accessTokens;
  private final RefreshTokenRepository refreshTokens;
  private final SecureTokens secureTokens;
  private final RequestOrigin requestOrigin;
  private final AuthSettings settings;
  private final Clock clock;

  public SessionIssuer(
      AccessTokens accessTokens,
      RefreshTokenRepository refreshTokens,
      SecureTokens secureTokens,
      RequestOrigin requestOrigin,
      AuthSettings settings,
      Clock clock) {
    this.accessTokens = accessTokens;
    this.refreshTokens = refreshTokens;
    this.secureTokens = secureTokens;
    this.requestOrigin = requestOrigin;
    this.settings = settings;
    this.clock = clock;
  }

  /** Starts a new session of the JSON login API; call inside the tenant's unit of work. */
  public TokenPair startSession(TenantRef tenant, User user) {
    return startSession(tenant, user, ClientGrant.API);
  }

  /** Starts a new session of the JSON login API whose user authenticated by {@code methods}. */
  public TokenPair startSession(TenantRef tenant, User user, AuthMethods methods) {
    return startSession(tenant, user, ClientGrant.API, methods);
  }

  /**
   * Starts a new session of {@code grant}'s client with its scope (the code flow); call inside the
   * tenant's unit of work. Its refresh tokens can only be used by that client.
   */
  public TokenPair startSession(TenantRef tenant, User user, ClientGrant grant) {
    return startSession(tenant, user, grant, AuthMethods.PASSWORD);
  }

  /**
   * Starts a new session of {@code grant}'s client whose user authenticated by {@code methods}:
   * every token of the session, refreshed ones too, carries them as {@code amr}.
   */
  public TokenPair startSession(
      TenantRef tenant, User user, ClientGrant grant, AuthMethods methods) {
    ScopedToken refresh = newRefreshToken(tenant);
    Instant now = clock.instant();
    // Sessions of the JSON API record no client, as before there were clients.
    SessionChain session =
        grant.isApi()
            ? SessionChain.start(
                now, now.plus(settings.sessionMaxLifetime()), user.securityVersion())
            : SessionChain.start(
                now,
                now.plus(settings.sessionMaxLifetime()),
                user.securityVersion(),
                grant.client().value(),
                grant.scope().value());
    RefreshToken token =
        RefreshToken.startFamily(
            user.id(),
            session.authenticatedBy(methods),
            origin(),
            refresh.hash(),
            now,
            now.plus(settings.refreshTokenTtl()));
    refreshTokens.add(token);
    return pair(tenant, user, token, refresh, now, grant);
  }

  /**
   * Rotates the usable token of {@code used} that belongs to a session of {@code client} (empty:
   * the JSON login API) and stores its successor in the same session, in one statement that commits
   * on its own; call outside any unit of work, then {@link #sign} the pair once the user is known
   * to be allowed it. Empty, with nothing changed, when no such token is usable.
   */
  public Optional<Successor> rotate(TenantRef tenant, TokenHash used, Optional<String> client) {
    ScopedToken refresh = newRefreshToken(tenant);
    Instant now = clock.instant();
    return refreshTokens
        .rotateAlone(
            tenant,
            used,
            client,
            now,
            refresh.hash(),
            origin(),
            now.plus(settings.refreshTokenTtl()))
        .map(next -> new Successor(next, refresh));
  }

  /**
   * The token pair of a stored successor: the new access token keeps the session's client and scope
   * and carries {@code audience}, the client's own, besides Tenantry's.
   */
  public TokenPair sign(TenantRef tenant, User user, Successor next, Optional<String> audience) {
    return pair(
        tenant,
        user,
        next.token(),
        next.secret(),
        next.token().issuedAt(),
        grantOf(next.token().session(), audience));
  }

  /** A rotated session's new refresh token, stored, with the secret only its holder gets. */
  public record Successor(RefreshToken token, ScopedToken secret) {}

  /** The client and scope a session was started for; none recorded: the JSON login API. */
  public static ClientGrant grantOf(SessionChain session, Optional<String> audience) {
    return session
        .client()
        .map(
            client -> new ClientGrant(new ClientId(client), Scope.parse(session.scope()), audience))
        .orElse(ClientGrant.API);
  }

  private SessionOrigin origin() {
    return new SessionOrigin(
        requestOrigin.clientIp().orElse(null), requestOrigin.userAgent().orElse(null));
  }

  private ScopedToken newRefreshToken(TenantRef tenant) {
    return ScopedToken.compose(tenant.id(), secureTokens.newSecret());
  }

  private TokenPair pair(
      TenantRef tenant,
      User user,
      RefreshToken stored,
      ScopedToken refresh,
      Instant now,
      ClientGrant grant) {
    UUID sid = stored.familyId();
    AccessTokens.IssuedToken access =
        accessTokens.issue(
            AccessTokenClaims.ofUser(
                user.id(),
                tenant,
                user.email(),
                user.roles(),
                user.securityVersion(),
                sid,
                grant,
                stored.session().methods()),
            accessTtl(stored, now));
    return new TokenPair(
        access.token(),
        access.expiresIn(),
        refresh.value(),
        Duration.between(now, stored.expiresAt()).toSeconds(),
        grant.scope().value(),
        sid);
  }

  /** An access token does not outlive its session either. */
  private Duration accessTtl(RefreshToken stored, Instant now) {
    Duration left = Duration.between(now, stored.session().expiresAt());
    return left.compareTo(settings.accessTokenTtl()) < 0 ? left : settings.accessTokenTtl();
  }
}
