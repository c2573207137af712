package io.tenantry.application.invitation;

import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.auth.SessionIssuer;
import io.tenantry.application.auth.TokenPair;
import io.tenantry.application.event.Initiator;
import io.tenantry.application.event.InvitationAccepted;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.token.OneTimeTokens;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.user.PasswordHash;
import io.tenantry.domain.user.PasswordPolicy;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;

/** Activates an invited user with the password they chose and logs them in. */
public final class AcceptInvitation {
  private final OneTimeTokens oneTimeTokens;
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final SessionIssuer sessions;
  private final DomainEvents events;

  public AcceptInvitation(
      OneTimeTokens oneTimeTokens,
      UserRepository users,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      SessionIssuer sessions,
      DomainEvents events) {
    this.oneTimeTokens = oneTimeTokens;
    this.users = users;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.sessions = sessions;
    this.events = events;
  }

  public TokenPair accept(AcceptInvitationCommand command) {
    // Hashed before the unit of work (no pooled connection held while it burns a core); the policy
    // needs the invitee's address, so it is checked inside, before anything is written.
    // A missing password is refused by the policy check inside.
    PasswordHash hash = command.password() == null ? null : hasher.hash(command.password());
    return oneTimeTokens.redeem(
        command.token(),
        TokenPurpose.INVITATION,
        (tenant, user, now) -> {
          passwordPolicy.check(command.password(), user.email(), "password");
          user.acceptInvitation(hash, command.displayName(), now);
          User saved = users.save(user);
          events.publish(new InvitationAccepted(Initiator.of(saved), tenant.id(), saved.id()));
          return sessions.startSession(tenant, saved);
        });
  }
}
