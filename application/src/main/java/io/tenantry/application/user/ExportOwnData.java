package io.tenantry.application.user;

import io.tenantry.application.apikey.ApiKeyView;
import io.tenantry.application.session.SessionView;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.apikey.ApiKeyRepository;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.mfa.TotpFactor;
import io.tenantry.domain.mfa.TotpFactors;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The caller's own copy of what is held about them, read in one unit of work. */
public final class ExportOwnData {
  /** The most audit events one export carries (the newest). */
  public static final int MAX_AUDIT_EVENTS = 10_000;

  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final RefreshTokenRepository refreshTokens;
  private final ApiKeyRepository apiKeys;
  private final TotpFactors factors;
  private final AuditLog auditLog;
  private final Clock clock;

  public ExportOwnData(
      UnitOfWork unitOfWork,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      ApiKeyRepository apiKeys,
      TotpFactors factors,
      AuditLog auditLog,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.apiKeys = apiKeys;
    this.factors = factors;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  public PersonalData export(Actor actor) {
    Instant now = clock.instant();
    return unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          User user =
              users
                  .findById(actor.userId())
                  .orElseThrow(() -> new NotFoundException("user not found"));
          return new PersonalData(
              now,
              actor.tenant().value(),
              UserView.of(user),
              refreshTokens.liveSessionsOf(user.id(), now).stream()
                  .map(head -> SessionView.of(head, actor.session()))
                  .toList(),
              apiKeys.activeOf(user.id()).stream().map(ApiKeyView::of).toList(),
              mfaOf(user),
              auditLog.involving(user.id(), MAX_AUDIT_EVENTS));
        });
  }

  private MfaSummary mfaOf(User user) {
    Optional<TotpFactor> totp = factors.find(user.id());
    return new MfaSummary(
        user.mfaEnabled(),
        totp.map(TotpFactor::createdAt),
        totp.flatMap(TotpFactor::confirmedAt),
        factors.unusedRecoveryCodes(user.id()));
  }
}
