package io.tenantry.application.account;

import io.tenantry.application.audit.AuditTrail;
import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.auth.SessionGuard;
import io.tenantry.application.auth.SessionIssuer;
import io.tenantry.application.auth.TokenPair;
import io.tenantry.application.mail.AccountMails;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.Lenient;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.tenant.TenantDirectory;
import io.tenantry.application.user.UserView;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditTarget;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.PasswordPolicy;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import io.tenantry.domain.user.UserStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Self-service account flows: registration and e-mail verification, forgotten and changed
 * passwords, accepting an invitation. Every mail-bearing step issues its single-use token and
 * queues its mail in the same unit of work as the change.
 */
public final class AccountService {
  private final UnitOfWork unitOfWork;
  private final TenantDirectory tenants;
  private final UserRepository users;
  private final RefreshTokenRepository refreshTokens;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final AccountMails mails;
  private final OneTimeTokens oneTimeTokens;
  private final SessionIssuer sessions;
  private final SessionGuard guard;
  private final AuditTrail audit;
  private final Clock clock;

  public AccountService(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      OneTimeTokens oneTimeTokens,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      AccountMails mails,
      SessionIssuer sessions,
      SessionGuard guard,
      AuditTrail audit,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.oneTimeTokens = oneTimeTokens;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.mails = mails;
    this.sessions = sessions;
    this.guard = guard;
    this.audit = audit;
    this.clock = clock;
  }

  /** Creates an active member with an unverified address and sends the verification link. */
  public UserView register(RegisterCommand command) {
    Email email = new Email(command.email());
    DisplayName name = new DisplayName(command.displayName());
    Tenant tenant =
        Lenient.slug(command.tenant())
            .flatMap(tenants::bySlug)
            .filter(t -> t.isActive() && t.selfRegistration())
            .orElseThrow(
                () ->
                    new ForbiddenException(
                        "registration_closed", "this tenant does not accept registrations"));
    passwordPolicy.check(command.password(), email, "password");
    return unitOfWork.inTenant(
        tenant.slug(),
        () -> {
          User user =
              users.save(
                  User.createActive(
                      tenant.id(),
                      email,
                      name,
                      Set.of(Role.MEMBER),
                      hasher.hash(command.password()),
                      clock.instant()));
          mails.sendVerification(tenant, user);
          audit.recordBy(
              AuditEventType.USER_CREATED,
              user,
              AuditTarget.user(user.id()),
              Map.of("via", "registration", "email", user.email().value(), "roles", "member"));
          return UserView.of(user);
        });
  }

  public void verifyEmail(String token) {
    oneTimeTokens.redeem(
        token,
        TokenPurpose.EMAIL_VERIFICATION,
        (tenant, user, now) -> {
          user.verifyEmail(now);
          User saved = users.save(user);
          audit.recordBy(
              AuditEventType.USER_UPDATED,
              saved,
              AuditTarget.user(saved.id()),
              Map.of("change", "email_verified"));
          return saved;
        });
  }

  /**
   * Queues a reset link if an active account has this address; says nothing either way. Callers
   * answer before this runs, so the response cannot tell whether the account exists.
   */
  public void forgotPassword(String tenantSlug, String address) {
    Optional<Email> email = Lenient.email(address);
    Optional<Tenant> tenant =
        Lenient.slug(tenantSlug).flatMap(tenants::bySlug).filter(Tenant::isActive);
    if (email.isEmpty() || tenant.isEmpty()) {
      return;
    }
    unitOfWork.inTenant(
        tenant.get().slug(),
        () ->
            users
                .findByEmail(email.get())
                .filter(user -> user.status() == UserStatus.ACTIVE)
                .ifPresent(user -> mails.sendPasswordReset(tenant.get(), user)));
  }

  /** Sets a new password with a reset token and ends every session of the user. */
  public void resetPassword(String token, String newPassword) {
    User reset =
        oneTimeTokens.redeem(
            token,
            TokenPurpose.PASSWORD_RESET,
            (tenant, user, now) -> {
              if (user.status() != UserStatus.ACTIVE) {
                throw OneTimeTokens.invalid();
              }
              passwordPolicy.check(newPassword, user.email(), "new_password");
              user.changePassword(hasher.hash(newPassword), now);
              user.recordUnlock(now);
              user.revokeSessions(now);
              refreshTokens.revokeAllOf(user.id(), now);
              User saved = users.save(user);
              audit.recordBy(
                  AuditEventType.PASSWORD_RESET, saved, AuditTarget.user(saved.id()), Map.of());
              return saved;
            });
    guard.invalidate(reset.id());
  }

  /** Changes the caller's password after checking the current one. */
  public void changePassword(Actor actor, String currentPassword, String newPassword) {
    unitOfWork.inTenant(
        actor.tenant(),
        () -> {
          User user = users.findById(actor.userId()).orElseThrow();
          boolean matches =
              user.passwordHash().map(hash -> hasher.verify(currentPassword, hash)).orElse(false);
          if (!matches) {
            throw new RuleViolationException(
                "invalid_credentials", "current_password", "is not correct");
          }
          passwordPolicy.check(newPassword, user.email(), "new_password");
          user.changePassword(hasher.hash(newPassword), clock.instant());
          users.save(user);
          audit.record(
              AuditEventType.PASSWORD_CHANGED, actor, AuditTarget.user(user.id()), Map.of());
        });
  }

  /** Activates an invited user with the password they chose and logs them in. */
  public TokenPair acceptInvitation(AcceptInvitationCommand command) {
    DisplayName name = new DisplayName(command.displayName());
    return oneTimeTokens.redeem(
        command.token(),
        TokenPurpose.INVITATION,
        (tenant, user, now) -> {
          passwordPolicy.check(command.password(), user.email(), "password");
          user.acceptInvitation(hasher.hash(command.password()), name, now);
          User saved = users.save(user);
          audit.recordBy(
              AuditEventType.USER_UPDATED,
              saved,
              AuditTarget.user(saved.id()),
              Map.of("change", "invitation_accepted"));
          return sessions.startSession(tenant, saved);
        });
  }

  /** The time a redeemed token was used, for the action that follows. */
  interface Redemption<T> {
    T apply(Tenant tenant, User user, Instant now);
  }
}
