package io.tenantry.application.user;

import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.event.AccountDeleted;
import io.tenantry.application.event.Initiator;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.user.LockoutPolicy;
import io.tenantry.domain.user.PasswordAttempt;
import io.tenantry.domain.user.PasswordHash;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.util.Optional;

/**
 * A user deletes their own account, confirming with their password (a wrong one counts towards the
 * lockout like any other); the last active owner cannot leave. The audit row that records it
 * carries no e-mail address.
 */
public final class DeleteOwnAccount {
  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final Ownership ownership;
  private final PasswordHasher hasher;
  private final LockoutPolicy lockout;
  private final DomainEvents events;
  private final Clock clock;

  public DeleteOwnAccount(
      UnitOfWork unitOfWork,
      UserRepository users,
      PasswordHasher hasher,
      LockoutPolicy lockout,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.ownership = new Ownership(users);
    this.hasher = hasher;
    this.lockout = lockout;
    this.events = events;
    this.clock = clock;
  }

  public void delete(Actor actor, String password) {
    Optional<PasswordHash> hash = unitOfWork.inTenant(actor.tenantRef(), () -> count(actor));
    // Hashing outside the unit of work: it never holds a database connection.
    if (hash.isEmpty() || !hasher.verify(password == null ? "" : password, hash.get())) {
      throw new RuleViolationException("invalid_credentials", "password", "is not correct");
    }
    unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          long owners = ownership.lock();
          User user = users.findById(actor.userId()).orElseThrow();
          if (!user.passwordHash().equals(hash)) {
            throw new RuleViolationException("invalid_credentials", "password", "is not correct");
          }
          ownership.requireAnotherOwner(user, owners);
          users.delete(user.id());
          events.publish(
              new AccountDeleted(
                  new Initiator(actor.userId(), null), actor.tenantId(), actor.userId()));
        });
  }

  /** The stored hash, if the attempt may be checked at all (counted first, like a login). */
  private Optional<PasswordHash> count(Actor actor) {
    User user = users.findById(actor.userId()).orElseThrow();
    if (user.passwordHash().isEmpty()) {
      return Optional.empty();
    }
    PasswordAttempt attempt = users.countPasswordAttempt(user.id(), clock.instant(), lockout);
    return attempt.refused() ? Optional.empty() : user.passwordHash();
  }
}
