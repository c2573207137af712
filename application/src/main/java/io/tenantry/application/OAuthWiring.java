package io.tenantry.application;

import io.tenantry.application.client.FindClient;
import io.tenantry.application.oauth.AuthenticateClient;
import io.tenantry.application.oauth.EndSession;
import io.tenantry.application.oauth.IntrospectToken;
import io.tenantry.application.oauth.IssueAuthorizationCode;
import io.tenantry.application.oauth.IssueClientToken;
import io.tenantry.application.oauth.ReadUserInfo;
import io.tenantry.application.oauth.RedeemAuthorizationCode;
import io.tenantry.application.oauth.RevokeToken;
import io.tenantry.application.session.Authenticate;

/** The OAuth 2.0 / OpenID Connect flows: the token endpoint's grants and its neighbours. */
final class OAuthWiring {
  final AuthenticateClient authenticateClient;
  final IssueClientToken issueClientToken;
  final IntrospectToken introspectToken;
  final RevokeToken revokeToken;
  final ReadUserInfo readUserInfo;
  final IssueAuthorizationCode issueAuthorizationCode;
  final RedeemAuthorizationCode redeemAuthorizationCode;
  final EndSession endSession;

  OAuthWiring(Collaborators c, FindClient findClient, Authenticate authenticate) {
    var accessTokens = c.ports.accessTokens();
    authenticateClient = new AuthenticateClient(findClient);
    issueClientToken = new IssueClientToken(accessTokens, c.settings.auth());
    introspectToken =
        new IntrospectToken(
            c.uow, accessTokens, c.directory, c.guard, findClient, c.users, c.refresh, c.clock);
    revokeToken = new RevokeToken(c.uow, accessTokens, c.users, c.refresh, c.events, c.clock);
    readUserInfo = new ReadUserInfo(c.uow, authenticate, c.users);
    issueAuthorizationCode =
        new IssueAuthorizationCode(
            c.uow, c.ports.authorizationCodes(), c.ports.secureTokens(), c.clock);
    redeemAuthorizationCode =
        new RedeemAuthorizationCode(
            c.uow,
            c.ports.authorizationCodes(),
            c.users,
            c.refresh,
            c.sessions,
            c.ports.idTokens(),
            c.settings.auth().accessTokenTtl(),
            c.events,
            c.clock);
    endSession =
        new EndSession(
            c.uow, c.directory, c.users, c.refresh, c.ports.idTokens(), c.events, c.clock);
  }
}
