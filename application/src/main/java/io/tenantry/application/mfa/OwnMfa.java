package io.tenantry.application.mfa;

import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.auth.PasswordRecheck;
import io.tenantry.application.event.MfaDisabled;
import io.tenantry.application.event.RecoveryCodesRegenerated;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.util.List;

/**
 * The signed-in user's own second factor: set up TOTP, confirm it, replace the recovery codes, turn
 * MFA off with the password. Called by the REST API and the hosted {@code /account} page alike.
 */
public final class OwnMfa {
  private final UnitOfWork unitOfWork;
  private final TenantDirectory tenants;
  private final UserRepository users;
  private final SecondFactors factors;
  private final PasswordRecheck recheck;
  private final DomainEvents events;
  private final Clock clock;

  public OwnMfa(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      UserRepository users,
      SecondFactors factors,
      PasswordRecheck recheck,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.users = users;
    this.factors = factors;
    this.recheck = recheck;
    this.events = events;
    this.clock = clock;
  }

  /** A pending secret (shown now, never again); MFA stays off until {@link #confirm}. */
  public TotpSetup startTotp(Actor actor) {
    TenantSnapshot tenant = tenants.byId(actor.tenantId()).orElseThrow();
    return unitOfWork.inTenant(
        actor.tenantRef(), () -> factors.begin(tenant, load(actor), clock.instant()));
  }

  /** Confirms the pending secret with a current code: MFA is on; the recovery codes, once. */
  public List<String> confirm(Actor actor, String code) {
    return unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          User user = load(actor);
          List<String> codes = factors.confirm(actor.initiator(), user, code, clock.instant());
          users.save(user);
          return codes;
        });
  }

  /** New recovery codes for a current TOTP code; the old ones stop working. */
  public List<String> regenerateRecoveryCodes(Actor actor, String code) {
    return unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          User user = load(actor);
          factors.requireCurrentCode(user, code, clock.instant());
          List<String> codes = factors.newRecoveryCodes(user, clock.instant());
          events.publish(
              new RecoveryCodesRegenerated(actor.initiator(), actor.tenantId(), user.id()));
          return codes;
        });
  }

  /**
   * Turns MFA off after checking the password, which counts toward the lockout like a login (the
   * hash runs outside the unit of work, as in a login).
   */
  public void disable(Actor actor, String password) {
    recheck.check(
        actor,
        password == null ? "" : password,
        () -> new RuleViolationException("invalid_credentials", "password", "is not correct"));
    unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          User user = load(actor);
          boolean wasOn = user.mfaEnabled();
          user.recordCorrectPassword();
          factors.remove(user, clock.instant());
          users.save(user);
          if (wasOn) {
            events.publish(new MfaDisabled(actor.initiator(), actor.tenantId(), user.id()));
          }
        });
  }

  private User load(Actor actor) {
    return users
        .findById(actor.userId())
        .orElseThrow(() -> new NotFoundException("user not found"));
  }
}
