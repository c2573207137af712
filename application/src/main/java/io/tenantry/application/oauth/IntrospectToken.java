package io.tenantry.application.oauth;

import io.tenantry.application.access.SessionGuard;
import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.auth.AccessTokenClaims;
import io.tenantry.application.auth.AccessTokens;
import io.tenantry.application.auth.SessionIssuer;
import io.tenantry.application.client.FindClient;
import io.tenantry.application.client.TenantClient;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.RefreshToken;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.auth.ScopedToken;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * RFC 7662 introspection for a confidential or service client: a token of the caller's own tenant
 * is active only while every check a request would make still passes (signature and expiry, tenant
 * active, user active at the same security version, session live; for a client's own token, the
 * client still registered). Anything else, another tenant's token included, is inactive.
 */
public final class IntrospectToken {
  private final UnitOfWork unitOfWork;
  private final AccessTokens accessTokens;
  private final TenantDirectory tenants;
  private final SessionGuard guard;
  private final FindClient clients;
  private final UserRepository users;
  private final RefreshTokenRepository refreshTokens;
  private final Clock clock;

  public IntrospectToken(
      UnitOfWork unitOfWork,
      AccessTokens accessTokens,
      TenantDirectory tenants,
      SessionGuard guard,
      FindClient clients,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.accessTokens = accessTokens;
    this.tenants = tenants;
    this.guard = guard;
    this.clients = clients;
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.clock = clock;
  }

  public Optional<Introspection> introspect(TenantClient caller, String token) {
    Optional<TenantSnapshot> tenant =
        tenants.byId(caller.tenant().id()).filter(TenantSnapshot::isActive);
    if (tenant.isEmpty() || token == null || token.isEmpty()) {
      return Optional.empty();
    }
    Optional<AccessTokens.VerifiedToken> verified = accessTokens.inspect(token);
    if (verified.isPresent()) {
      return verified
          .filter(v -> v.claims().tenantId().equals(caller.tenant().id()))
          .flatMap(this::access);
    }
    return ScopedToken.parse(token)
        .filter(t -> t.tenant().equals(caller.tenant().id()))
        .flatMap(t -> unitOfWork.inTenant(tenant.get().ref(), () -> refresh(tenant.get(), t)));
  }

  private Optional<Introspection> access(AccessTokens.VerifiedToken verified) {
    AccessTokenClaims claims = verified.claims();
    boolean live =
        claims.isClientToken()
            ? clients
                .byClientId(claims.clientId())
                .filter(c -> c.tenant().id().equals(claims.tenantId()))
                .isPresent()
            : guard
                .current(
                    claims.tenantRef(), claims.userId(), claims.securityVersion(), claims.session())
                .isPresent();
    if (!live) {
      return Optional.empty();
    }
    return Optional.of(
        new Introspection(
            claims.subject(),
            claims.tenantRef(),
            claims.clientId(),
            claims.scope(),
            Optional.ofNullable(claims.email()),
            claims.roles(),
            claims.session(),
            verified.expiresAt(),
            Introspection.TokenKind.ACCESS_TOKEN));
  }

  private Optional<Introspection> refresh(TenantSnapshot tenant, ScopedToken token) {
    Instant now = clock.instant();
    Optional<RefreshToken> stored =
        refreshTokens.findByHashForUpdate(token.hash()).filter(t -> t.isUsable(now));
    Optional<User> user =
        stored
            .flatMap(t -> users.findById(t.userId()))
            .filter(u -> u.canLogIn(now))
            .filter(u -> stored.get().session().allowsRefresh(now, u.securityVersion()));
    return user.map(
        u ->
            new Introspection(
                u.id().toString(),
                tenant.ref(),
                SessionIssuer.grantOf(stored.get().session(), Optional.empty()).client(),
                SessionIssuer.grantOf(stored.get().session(), Optional.empty()).scope(),
                Optional.of(u.email()),
                u.roles(),
                Optional.of(stored.get().familyId()),
                stored.get().expiresAt(),
                Introspection.TokenKind.REFRESH_TOKEN));
  }
}
