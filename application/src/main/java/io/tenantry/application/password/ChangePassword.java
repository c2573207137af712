package io.tenantry.application.password;

import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.auth.PasswordRecheck;
import io.tenantry.application.event.PasswordChanged;
import io.tenantry.application.event.SessionsRevoked;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.RefreshToken;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.user.PasswordHash;
import io.tenantry.domain.user.PasswordPolicy;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Changes the caller's password after checking the current one. A wrong current password counts
 * towards the lockout like a wrong login (a stolen access token must not become an unlimited
 * password oracle); the hashes run outside any unit of work. A change ends every other session of
 * the caller: a stolen refresh or access token dies with the old password, the caller's own
 * survives.
 */
public final class ChangePassword {
  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final RefreshTokenRepository refreshTokens;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final PasswordRecheck recheck;
  private final DomainEvents events;
  private final Clock clock;

  public ChangePassword(
      UnitOfWork unitOfWork,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      PasswordRecheck recheck,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.recheck = recheck;
    this.events = events;
    this.clock = clock;
  }

  public void changePassword(Actor actor, String currentPassword, String newPassword) {
    PasswordRecheck.Checked checked =
        recheck.check(actor, currentPassword, ChangePassword::wrongCurrentPassword);
    passwordPolicy.check(newPassword, checked.user().email(), "newPassword");
    PasswordHash hash = hasher.hash(newPassword);
    unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          User user = users.findById(actor.userId()).orElseThrow();
          if (!user.passwordHash().equals(Optional.of(checked.hash()))) {
            throw wrongCurrentPassword(); // changed meanwhile: the checked one is not current
          }
          user.recordCorrectPassword();
          Instant now = clock.instant();
          user.changePassword(hash, now);
          users.save(user);
          endOtherSessions(actor, now);
          events.publish(new PasswordChanged(actor.initiator(), actor.tenantId(), user.id()));
        });
  }

  /** Ends the other sessions, each with its own {@code auth.session.revoked} audit row. */
  private void endOtherSessions(Actor actor, Instant now) {
    List<UUID> ended =
        refreshTokens.liveSessionsOf(actor.userId(), now).stream()
            .map(RefreshToken::familyId)
            .filter(family -> !actor.session().equals(Optional.of(family)))
            .distinct()
            .toList();
    actor
        .session()
        .ifPresentOrElse(
            own -> refreshTokens.revokeAllOfExcept(actor.userId(), own, now),
            () -> refreshTokens.revokeAllOf(actor.userId(), now));
    for (UUID session : ended) {
      events.publish(
          new SessionsRevoked(
              actor.initiator(),
              actor.tenantId(),
              actor.userId(),
              SessionsRevoked.Scope.ALL_OTHERS,
              Optional.of(session)));
    }
  }

  private static RuleViolationException wrongCurrentPassword() {
    return new RuleViolationException("invalid_credentials", "currentPassword", "is not correct");
  }
}
