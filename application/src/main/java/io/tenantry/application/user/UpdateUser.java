package io.tenantry.application.user;

import io.tenantry.application.event.UserDisabled;
import io.tenantry.application.event.UserUpdated;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import io.tenantry.domain.user.UserStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * An administrator renames, disables or re-activates another user. Disabling ends the user's
 * sessions and may not take away the tenant's last active owner.
 */
public final class UpdateUser {
  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final RefreshTokenRepository refreshTokens;
  private final ManagedUsers managed;
  private final Ownership ownership;
  private final DomainEvents events;
  private final Clock clock;

  public UpdateUser(
      UnitOfWork unitOfWork,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.managed = new ManagedUsers(users);
    this.ownership = new Ownership(users);
    this.events = events;
    this.clock = clock;
  }

  public UserView update(Actor actor, UpdateUserCommand command) {
    actor.require(Permission.USERS_WRITE);
    Optional<UserStatus> status = command.status();
    boolean disabling = status.filter(s -> s == UserStatus.DISABLED).isPresent();
    boolean activating = status.filter(s -> s == UserStatus.ACTIVE).isPresent();
    return unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          long owners = disabling ? ownership.lock() : 0;
          User user = managed.loadManageable(actor, command.user(), command.expectedVersion());
          Instant now = clock.instant();
          command.displayName().ifPresent(n -> user.rename(n, now));
          if (disabling) {
            ownership.requireAnotherOwner(user, owners);
            user.disable(now);
            refreshTokens.revokeAllOf(user.id(), now);
          } else if (activating) {
            user.activate(now);
          } else if (status.isPresent()) {
            throw new RuleViolationException("status", "must be one of: active, disabled");
          }
          User saved = users.save(user);
          // A disable is its own event; other changes (name, re-activation) are an update.
          if (disabling) {
            events.publish(new UserDisabled(actor.initiator(), actor.tenantId(), saved.id()));
          }
          if (command.displayName().isPresent() || activating) {
            events.publish(
                new UserUpdated(
                    actor.initiator(),
                    actor.tenantId(),
                    saved.id(),
                    command.displayName(),
                    activating));
          }
          return UserView.of(saved);
        });
  }
}
