package io.tenantry.application.user;

import io.tenantry.application.event.SessionsRevoked;
import io.tenantry.application.session.EndSessions;
import io.tenantry.application.session.SessionView;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An administrator lists a user's live sessions or ends all of them (access tokens included), under
 * the same rules as every other management action on that user.
 */
public final class UserSessions {
  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final ManagedUsers managed;
  private final RefreshTokenRepository refreshTokens;
  private final EndSessions endSessions;
  private final DomainEvents events;
  private final Clock clock;

  public UserSessions(
      UnitOfWork unitOfWork,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      EndSessions endSessions,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.managed = new ManagedUsers(users);
    this.refreshTokens = refreshTokens;
    this.endSessions = endSessions;
    this.events = events;
    this.clock = clock;
  }

  public List<SessionView> list(Actor actor, UserId id) {
    actor.require(Permission.USERS_WRITE);
    return unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          User user = managed.loadManageable(actor, id, OptionalLong.empty());
          return refreshTokens.liveSessionsOf(user.id(), clock.instant()).stream()
              .map(head -> SessionView.of(head, actor.session()))
              .toList();
        });
  }

  /** Ends every session of the user; the security version moves on, so no access token survives. */
  public void revokeAll(Actor actor, UserId id) {
    actor.require(Permission.USERS_WRITE);
    unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          User user = managed.loadManageable(actor, id, OptionalLong.empty());
          endSessions.of(user, clock.instant());
          users.save(user);
          events.publish(
              new SessionsRevoked(
                  actor.initiator(),
                  actor.tenantId(),
                  user.id(),
                  SessionsRevoked.Scope.ALL,
                  Optional.empty()));
        });
  }
}
