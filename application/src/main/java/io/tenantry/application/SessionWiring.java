package io.tenantry.application;

import io.tenantry.application.session.Authenticate;
import io.tenantry.application.session.Login;
import io.tenantry.application.session.Logout;
import io.tenantry.application.session.LogoutEverywhere;
import io.tenantry.application.session.OwnSessions;
import io.tenantry.application.session.PageSessions;
import io.tenantry.application.session.PurgeEndedSessions;
import io.tenantry.application.session.RotateRefreshToken;

/** The session flows: log in and out, rotate refresh tokens, authenticate a request. */
final class SessionWiring {
  final Login login;
  final RotateRefreshToken rotateRefreshToken;
  final Logout logout;
  final LogoutEverywhere logoutEverywhere;
  final Authenticate authenticate;
  final OwnSessions ownSessions;
  final PageSessions pageSessions;
  final PurgeEndedSessions purgeEndedSessions;

  SessionWiring(Collaborators c) {
    login =
        new Login(
            c.uow,
            c.directory,
            c.users,
            c.hasher,
            c.passwordAttempts,
            c.sessions,
            c.mfaTokens,
            c.events,
            c.clock);
    rotateRefreshToken =
        new RotateRefreshToken(
            c.uow, c.directory, c.guard, c.refresh, c.sessions, c.events, c.clock);
    logout = new Logout(c.uow, c.directory, c.users, c.refresh, c.events, c.clock);
    logoutEverywhere = new LogoutEverywhere(c.uow, c.users, c.endSessions, c.events, c.clock);
    authenticate =
        new Authenticate(
            c.ports.accessTokens(), c.directory, c.guard, c.apiKeyGuard, c.roleDirectory);
    ownSessions = new OwnSessions(c.uow, c.refresh, c.events, c.clock);
    pageSessions =
        new PageSessions(
            c.uow,
            c.directory,
            c.users,
            c.refresh,
            c.ports.pageSessions(),
            login,
            c.sessions,
            c.ports.secureTokens(),
            c.events,
            c.clock,
            c.settings.pageSessionIdleTimeout(),
            c.roleDirectory);
    purgeEndedSessions = new PurgeEndedSessions(c.uow, c.refresh, c.ports.tenants(), c.clock);
  }
}
