package io.tenantry.application.user;

import io.tenantry.application.event.MfaReset;
import io.tenantry.application.mfa.SecondFactors;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * An administrator removes a user's second factor (a lost device); the user logs in with the
 * password alone, or is asked to enrol again where the tenant requires MFA.
 */
public final class ResetMfa {
  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final ManagedUsers managed;
  private final SecondFactors factors;
  private final DomainEvents events;
  private final Clock clock;

  public ResetMfa(
      UnitOfWork unitOfWork,
      UserRepository users,
      SecondFactors factors,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.managed = new ManagedUsers(users);
    this.factors = factors;
    this.events = events;
    this.clock = clock;
  }

  public void reset(Actor actor, UserId id) {
    actor.require(Permission.USERS_WRITE);
    unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          User user = managed.loadManageable(actor, id, OptionalLong.empty());
          Instant now = clock.instant();
          factors.remove(user, now);
          users.save(user);
          events.publish(new MfaReset(actor.initiator(), actor.tenantId(), user.id()));
        });
  }
}
