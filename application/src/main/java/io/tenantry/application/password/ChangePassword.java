package io.tenantry.application.password;

import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.event.PasswordChanged;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.user.PasswordPolicy;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;

/**
 * Changes the caller's password after checking the current one, and ends every other session of the
 * caller: a stolen refresh or access token dies with the old password, the caller's own survives.
 */
public final class ChangePassword {
  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final RefreshTokenRepository refreshTokens;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final DomainEvents events;
  private final Clock clock;

  public ChangePassword(
      UnitOfWork unitOfWork,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.events = events;
    this.clock = clock;
  }

  public void changePassword(Actor actor, String currentPassword, String newPassword) {
    unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          User user = users.findById(actor.userId()).orElseThrow();
          boolean matches =
              user.passwordHash().map(hash -> hasher.verify(currentPassword, hash)).orElse(false);
          if (!matches) {
            throw new RuleViolationException(
                "invalid_credentials", "current_password", "is not correct");
          }
          passwordPolicy.check(newPassword, user.email(), "new_password");
          Instant now = clock.instant();
          user.changePassword(hasher.hash(newPassword), now);
          users.save(user);
          endOtherSessions(actor, now);
          events.publish(new PasswordChanged(actor.initiator(), actor.tenantId(), user.id()));
        });
  }

  private void endOtherSessions(Actor actor, Instant now) {
    actor
        .session()
        .ifPresentOrElse(
            own -> refreshTokens.revokeAllOfExcept(actor.userId(), own, now),
            () -> refreshTokens.revokeAllOf(actor.userId(), now));
  }
}
