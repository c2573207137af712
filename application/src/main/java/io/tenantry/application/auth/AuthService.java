package io.tenantry.application.auth;

import io.tenantry.application.audit.AuditTrail;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.tenant.TenantDirectory;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditTarget;
import io.tenantry.domain.auth.RefreshToken;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.auth.ScopedToken;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.user.LockoutPolicy;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Sessions: log in, refresh, log out, accept an invitation, and authenticate each request. */
public final class AuthService {
  private final UnitOfWork unitOfWork;
  private final TenantDirectory tenants;
  private final UserRepository users;
  private final RefreshTokenRepository refreshTokens;
  private final AccessTokens accessTokens;
  private final SessionIssuer sessions;
  private final SessionGuard guard;
  private final Credentials credentials;
  private final AuditTrail audit;
  private final Clock clock;

  public AuthService(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      PasswordHasher hasher,
      AccessTokens accessTokens,
      SessionIssuer sessions,
      SessionGuard guard,
      LockoutPolicy lockout,
      AuditTrail audit,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.accessTokens = accessTokens;
    this.sessions = sessions;
    this.guard = guard;
    this.credentials = new Credentials(unitOfWork, tenants, users, hasher, lockout, audit, clock);
    this.audit = audit;
    this.clock = clock;
  }

  /** Any failure is the same {@code invalid_credentials}, after the same amount of hashing. */
  public TokenPair login(LoginCommand command) {
    return credentials.verify(command, sessions::startSession);
  }

  /** Rotates a refresh token; a rotated one presented again revokes its whole family. */
  public TokenPair refresh(String presented) {
    ScopedToken token = ScopedToken.parse(presented).orElseThrow(AuthService::invalidToken);
    Tenant tenant =
        tenants
            .byId(token.tenant())
            .filter(Tenant::isActive)
            .orElseThrow(AuthService::invalidToken);
    RefreshOutcome outcome =
        unitOfWork.inTenant(tenant.slug(), () -> rotateOrRevoke(tenant, token));
    if (outcome.reuseDetected()) {
      // The family was revoked in the unit of work that just committed; only now refuse.
      throw invalidToken();
    }
    return outcome.tokens();
  }

  private RefreshOutcome rotateOrRevoke(Tenant tenant, ScopedToken token) {
    Instant now = clock.instant();
    RefreshToken stored =
        refreshTokens.findByHashForUpdate(token.hash()).orElseThrow(AuthService::invalidToken);
    if (stored.isRotated()) {
      refreshTokens.revokeFamily(stored.familyId(), now);
      audit.recordAnonymous(
          AuditEventType.TOKEN_REUSE_DETECTED,
          AuditTarget.user(stored.userId()),
          Map.of("family_id", stored.familyId().toString()));
      return new RefreshOutcome(null, true);
    }
    if (!stored.isUsable(now)) {
      throw invalidToken();
    }
    User user =
        users
            .findById(stored.userId())
            .filter(u -> u.canLogIn(now))
            .orElseThrow(AuthService::invalidToken);
    return new RefreshOutcome(sessions.rotate(tenant, user, stored), false);
  }

  /** Ends the session the refresh token belongs to; unknown tokens are ignored. */
  public void logout(String presented) {
    Optional<ScopedToken> token = ScopedToken.parse(presented);
    Optional<Tenant> tenant = token.flatMap(t -> tenants.byId(t.tenant()));
    if (tenant.isEmpty()) {
      return;
    }
    unitOfWork.inTenant(
        tenant.get().slug(),
        () ->
            refreshTokens
                .findByHashForUpdate(token.get().hash())
                .ifPresent(
                    stored -> {
                      refreshTokens.revokeFamily(stored.familyId(), clock.instant());
                      users
                          .findById(stored.userId())
                          .ifPresent(
                              user ->
                                  audit.recordBy(
                                      AuditEventType.LOGOUT,
                                      user,
                                      AuditTarget.user(user.id()),
                                      Map.of("scope", "session")));
                    }));
  }

  /** Ends every session of the caller, access tokens included. */
  public void logoutAll(Actor actor) {
    unitOfWork.inTenant(
        actor.tenant(),
        () -> {
          Instant now = clock.instant();
          User user = users.findById(actor.userId()).orElseThrow(AuthService::invalidToken);
          user.revokeSessions(now);
          users.save(user);
          refreshTokens.revokeAllOf(user.id(), now);
          audit.record(
              AuditEventType.LOGOUT, actor, AuditTarget.user(user.id()), Map.of("scope", "all"));
        });
    guard.invalidate(actor.userId());
  }

  /**
   * Turns a bearer token into the calling actor, with the roles the user holds now. A disabled,
   * deleted or logged-out-everywhere user is refused at once; a suspended tenant is forbidden.
   */
  public Actor authenticate(String bearerToken) {
    AccessTokenClaims claims =
        accessTokens.verify(bearerToken).orElseThrow(AuthService::unauthenticated);
    Tenant tenant = tenants.byId(claims.tenantId()).orElseThrow(AuthService::unauthenticated);
    if (!tenant.isActive()) {
      throw new ForbiddenException("tenant_suspended", "the tenant is suspended");
    }
    SessionGuard.Stamp stamp =
        guard
            .current(tenant.slug(), claims.userId(), claims.securityVersion())
            .orElseThrow(AuthService::unauthenticated);
    return new Actor(claims.userId(), tenant.id(), tenant.slug(), claims.email(), stamp.roles());
  }

  private static AuthenticationException unauthenticated() {
    return new AuthenticationException("unauthenticated", "a valid access token is required");
  }

  private static AuthenticationException invalidToken() {
    return new AuthenticationException("invalid_token", "the refresh token is not valid");
  }

  private record RefreshOutcome(TokenPair tokens, boolean reuseDetected) {}
}
