package io.tenantry.application;

import io.tenantry.application.mfa.MfaLogin;
import io.tenantry.application.mfa.OwnMfa;

/** The MFA flows: a user's own second factor, and the login step that asks for it. */
final class MfaWiring {
  final OwnMfa ownMfa;
  final MfaLogin mfaLogin;

  MfaWiring(Collaborators c) {
    ownMfa = new OwnMfa(c.uow, c.directory, c.users, c.factors, c.recheck, c.events, c.clock);
    mfaLogin =
        new MfaLogin(
            c.uow,
            c.users,
            c.mfaTokens,
            c.factors,
            c.sessions,
            c.settings.lockout(),
            c.events,
            c.clock);
  }
}
