package io.tenantry.application.session;

import io.tenantry.application.event.SessionsRevoked;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The caller's own live sessions: list them (marking the one the call came from) and end one of
 * them, its refresh tokens at once and its access tokens on their next call.
 */
public final class OwnSessions {
  private final UnitOfWork unitOfWork;
  private final RefreshTokenRepository refreshTokens;
  private final DomainEvents events;
  private final Clock clock;

  public OwnSessions(
      UnitOfWork unitOfWork,
      RefreshTokenRepository refreshTokens,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.refreshTokens = refreshTokens;
    this.events = events;
    this.clock = clock;
  }

  public List<SessionView> list(Actor actor) {
    return unitOfWork.inTenant(
        actor.tenantRef(),
        () ->
            refreshTokens.liveSessionsOf(actor.userId(), clock.instant()).stream()
                .map(head -> SessionView.of(head, actor.session()))
                .toList());
  }

  /** Ends one of the caller's live sessions; any other id (someone else's, ended) is not found. */
  public void revoke(Actor actor, UUID session) {
    unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          Instant now = clock.instant();
          boolean own =
              refreshTokens.liveSessionsOf(actor.userId(), now).stream()
                  .anyMatch(head -> head.familyId().equals(session));
          if (!own) {
            throw new NotFoundException("session not found");
          }
          refreshTokens.revokeFamily(session, now);
          events.publish(
              new SessionsRevoked(
                  actor.initiator(),
                  actor.tenantId(),
                  actor.userId(),
                  SessionsRevoked.Scope.ONE,
                  Optional.of(session)));
        });
  }
}
