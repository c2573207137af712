package io.tenantry.application.user;

import io.tenantry.application.auth.PasswordRecheck;
import io.tenantry.application.event.AccountDeleted;
import io.tenantry.application.event.Initiator;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.user.PasswordHash;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.util.Optional;

/**
 * A user deletes their own account, confirming with their password (checked like any other recheck:
 * a wrong one counts towards the lockout); the last active owner cannot leave. The audit row that
 * records it carries no e-mail address.
 */
public final class DeleteOwnAccount {
  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final Ownership ownership;
  private final PasswordRecheck recheck;
  private final DomainEvents events;

  public DeleteOwnAccount(
      UnitOfWork unitOfWork, UserRepository users, PasswordRecheck recheck, DomainEvents events) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.ownership = new Ownership(users);
    this.recheck = recheck;
    this.events = events;
  }

  public void delete(Actor actor, String password) {
    PasswordHash hash =
        recheck
            .check(actor, password == null ? "" : password, DeleteOwnAccount::wrongPassword)
            .hash();
    unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          long owners = ownership.lock();
          User user = users.findById(actor.userId()).orElseThrow();
          if (!user.passwordHash().equals(Optional.of(hash))) {
            throw wrongPassword(); // changed meanwhile: the checked one is not current
          }
          ownership.requireAnotherOwner(user, owners);
          users.delete(user.id());
          events.publish(
              new AccountDeleted(
                  new Initiator(actor.userId(), null), actor.tenantId(), actor.userId()));
        });
  }

  private static RuntimeException wrongPassword() {
    return new RuleViolationException("invalid_credentials", "password", "is not correct");
  }
}
