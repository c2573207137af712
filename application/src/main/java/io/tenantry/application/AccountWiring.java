package io.tenantry.application;

import io.tenantry.application.invitation.AcceptInvitation;
import io.tenantry.application.invitation.InviteUser;
import io.tenantry.application.password.ChangePassword;
import io.tenantry.application.password.ForgotPassword;
import io.tenantry.application.password.ResetPassword;
import io.tenantry.application.registration.Register;
import io.tenantry.application.registration.VerifyEmail;
import io.tenantry.application.token.ReadLinkToken;

/** The flows that give an account its password: registration, invitation, password changes. */
final class AccountWiring {
  final Register register;
  final VerifyEmail verifyEmail;
  final ForgotPassword forgotPassword;
  final ResetPassword resetPassword;
  final ChangePassword changePassword;
  final InviteUser inviteUser;
  final AcceptInvitation acceptInvitation;
  final ReadLinkToken readLinkToken;

  AccountWiring(Collaborators c) {
    register = new Register(c.directory, c.hasher, c.policy, c.newUsers, c.clock);
    verifyEmail = new VerifyEmail(c.oneTime, c.users, c.events);
    forgotPassword = new ForgotPassword(c.uow, c.directory, c.users, c.oneTime);
    resetPassword =
        new ResetPassword(c.oneTime, c.users, c.endSessions, c.hasher, c.policy, c.events);
    changePassword =
        new ChangePassword(
            c.uow, c.users, c.refresh, c.hasher, c.policy, c.recheck, c.events, c.clock);
    inviteUser = new InviteUser(c.directory, c.newUsers, c.clock);
    acceptInvitation =
        new AcceptInvitation(c.oneTime, c.users, c.hasher, c.policy, c.sessions, c.events);
    readLinkToken = new ReadLinkToken(c.oneTime);
  }
}
