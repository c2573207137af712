package io.tenantry.application.user;

import io.tenantry.application.session.SessionView;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;

/** The caller's own copy of what is held about them, read in one unit of work. */
public final class ExportOwnData {
  /** The most audit events one export carries (the newest). */
  public static final int MAX_AUDIT_EVENTS = 10_000;

  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final RefreshTokenRepository refreshTokens;
  private final AuditLog auditLog;
  private final Clock clock;

  public ExportOwnData(
      UnitOfWork unitOfWork,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      AuditLog auditLog,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  public PersonalData export(Actor actor) {
    Instant now = clock.instant();
    return unitOfWork.inTenant(
        actor.tenantRef(),
        () ->
            new PersonalData(
                now,
                actor.tenant().value(),
                users
                    .findById(actor.userId())
                    .map(UserView::of)
                    .orElseThrow(() -> new NotFoundException("user not found")),
                refreshTokens.liveSessionsOf(actor.userId(), now).stream()
                    .map(head -> SessionView.of(head, actor.session()))
                    .toList(),
                auditLog.involving(actor.userId(), MAX_AUDIT_EVENTS)));
  }
}
