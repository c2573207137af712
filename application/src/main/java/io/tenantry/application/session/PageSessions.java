package io.tenantry.application.session;

import io.tenantry.application.access.RoleDirectory;
import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.auth.SessionIssuer;
import io.tenantry.application.auth.TokenPair;
import io.tenantry.application.event.Initiator;
import io.tenantry.application.event.LoggedOut;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.SecureTokens;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.AuthMethods;
import io.tenantry.domain.auth.PageSession;
import io.tenantry.domain.auth.PageSessionRepository;
import io.tenantry.domain.auth.RefreshToken;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.auth.ScopedToken;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import io.tenantry.domain.user.UserStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions of the hosted pages: signing in goes through {@link Login} (same lockout, audit and
 * answer as the JSON login) and opens a Tenantry session like it; the browser gets an opaque cookie
 * whose hash is bound to that session. The cookie is honoured only while the session lives, the
 * user is active and the browser has not been idle too long.
 */
public final class PageSessions {
  private final UnitOfWork unitOfWork;
  private final TenantDirectory tenants;
  private final UserRepository users;
  private final RefreshTokenRepository refreshTokens;
  private final PageSessionRepository pageSessions;
  private final Login login;
  private final SessionIssuer sessions;
  private final SecureTokens secureTokens;
  private final DomainEvents events;
  private final Clock clock;
  private final Duration idleTimeout;
  private final RoleDirectory roleDefinitions;

  /**
   * {@code idleTimeout} ends a pages session nobody used for that long; {@code roleDefinitions}
   * says what the tenant's own roles grant, as it does for bearer tokens.
   */
  public PageSessions(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      PageSessionRepository pageSessions,
      Login login,
      SessionIssuer sessions,
      SecureTokens secureTokens,
      DomainEvents events,
      Clock clock,
      Duration idleTimeout,
      RoleDirectory roleDefinitions) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.pageSessions = pageSessions;
    this.login = login;
    this.sessions = sessions;
    this.secureTokens = secureTokens;
    this.events = events;
    this.clock = clock;
    this.idleTimeout = idleTimeout;
    this.roleDefinitions = roleDefinitions;
  }

  /** Signs in and answers the new cookie value; any failure is {@code invalid_credentials}. */
  public String signIn(LoginCommand command) {
    return login.login(command, this::open);
  }

  /** The name of an active tenant, shown on its sign-in page. */
  public Optional<String> tenantName(TenantSlug slug) {
    return tenants.bySlug(slug).filter(TenantSnapshot::isActive).map(t -> t.name().value());
  }

  /** The caller of a presented cookie, if it is still good; a dead one is forgotten. */
  public Optional<PageCaller> resume(String cookie) {
    Optional<ScopedToken> token = ScopedToken.parse(cookie);
    Optional<TenantSnapshot> tenant =
        token.flatMap(t -> tenants.byId(t.tenant())).filter(TenantSnapshot::isActive);
    if (tenant.isEmpty()) {
      return Optional.empty();
    }
    return unitOfWork
        .inTenant(
            tenant.get().ref(),
            () -> pageSessions.findByHash(token.get().hash()).flatMap(p -> resume(tenant.get(), p)))
        .map(caller -> withRoleDefinitions(caller, tenant.get()));
  }

  /** The caller with what the tenant's own roles grant, so custom roles count as over the API. */
  private PageCaller withRoleDefinitions(PageCaller caller, TenantSnapshot tenant) {
    Actor a = caller.actor();
    Actor resolved =
        new Actor(
            a.userId(),
            a.tenantId(),
            a.tenant(),
            a.email(),
            a.roles(),
            a.sessionId(),
            roleDefinitions.of(tenant.ref()));
    return new PageCaller(resolved, caller.tenantName(), caller.authTime(), caller.methods());
  }

  /** Ends the cookie's pages session and the Tenantry session it is bound to. */
  public void signOut(String cookie) {
    Optional<ScopedToken> token = ScopedToken.parse(cookie);
    Optional<TenantSnapshot> tenant = token.flatMap(t -> tenants.byId(t.tenant()));
    if (tenant.isEmpty()) {
      return;
    }
    unitOfWork.inTenant(
        tenant.get().ref(),
        () -> pageSessions.findByHash(token.get().hash()).ifPresent(p -> end(tenant.get(), p)));
  }

  private String open(TenantRef tenant, User user) {
    return open(tenant, user, AuthMethods.PASSWORD);
  }

  /**
   * Opens a pages session for {@code user}, who authenticated by {@code methods}; call inside the
   * unit of work that records the login.
   */
  String open(TenantRef tenant, User user, AuthMethods methods) {
    TokenPair pair = sessions.startSession(tenant, user, methods);
    UUID sid = pair.sessionId();
    ScopedToken cookie = ScopedToken.compose(tenant.id(), secureTokens.newSecret());
    pageSessions.save(PageSession.open(cookie.hash(), user.id(), sid, clock.instant()));
    return cookie.value();
  }

  private Optional<PageCaller> resume(TenantSnapshot tenant, PageSession page) {
    Instant now = clock.instant();
    Optional<User> user = users.findById(page.user()).filter(u -> u.status() == UserStatus.ACTIVE);
    Optional<RefreshToken> head =
        user.isEmpty() || page.idleAt(now, idleTimeout)
            ? Optional.empty()
            : refreshTokens.liveSessionsOf(page.user(), now).stream()
                .filter(live -> live.familyId().equals(page.session()))
                .findFirst();
    if (head.isEmpty()) {
      pageSessions.delete(page.id());
      return Optional.empty();
    }
    pageSessions.touch(page.id(), now);
    User found = user.get();
    Actor actor =
        new Actor(
            found.id(), tenant.id(), tenant.slug(), found.email(), found.roles(), page.session());
    return Optional.of(
        new PageCaller(
            actor, tenant.name().value(), page.createdAt(), head.get().session().methods()));
  }

  private void end(TenantSnapshot tenant, PageSession page) {
    refreshTokens.revokeFamily(page.session(), clock.instant());
    pageSessions.delete(page.id());
    users
        .findById(page.user())
        .ifPresent(
            user ->
                events.publish(
                    new LoggedOut(
                        Initiator.of(user), tenant.id(), user.id(), LoggedOut.Scope.SESSION)));
  }
}
