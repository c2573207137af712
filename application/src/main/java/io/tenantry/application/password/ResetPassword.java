package io.tenantry.application.password;

import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.event.Initiator;
import io.tenantry.application.event.PasswordReset;
import io.tenantry.application.session.EndSessions;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.token.OneTimeTokens;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.user.PasswordHash;
import io.tenantry.domain.user.PasswordPolicy;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import io.tenantry.domain.user.UserStatus;

/** Sets a new password with a reset link, lifts any lock and ends every session of the user. */
public final class ResetPassword {
  private final OneTimeTokens oneTimeTokens;
  private final UserRepository users;
  private final EndSessions endSessions;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final DomainEvents events;

  public ResetPassword(
      OneTimeTokens oneTimeTokens,
      UserRepository users,
      EndSessions endSessions,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      DomainEvents events) {
    this.oneTimeTokens = oneTimeTokens;
    this.users = users;
    this.endSessions = endSessions;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.events = events;
  }

  public void resetPassword(String token, String newPassword) {
    // Hashed before the unit of work: no pooled connection is held while it burns a core.
    // A missing password is refused by the policy check inside.
    PasswordHash hash = newPassword == null ? null : hasher.hash(newPassword);
    oneTimeTokens.redeem(
        token,
        TokenPurpose.PASSWORD_RESET,
        (tenant, user, now) -> {
          if (user.status() != UserStatus.ACTIVE) {
            throw OneTimeTokens.invalid();
          }
          passwordPolicy.check(newPassword, user.email(), "newPassword");
          user.changePassword(hash, now);
          user.recordUnlock(now);
          endSessions.of(user, now);
          User saved = users.save(user);
          events.publish(new PasswordReset(Initiator.of(saved), tenant.id(), saved.id()));
          return saved;
        });
  }
}
