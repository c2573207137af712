package io.tenantry.application.registration;

import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.event.Initiator;
import io.tenantry.application.event.UserRegistered;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.token.OneTimeTokens;
import io.tenantry.application.user.UserView;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.PasswordHash;
import io.tenantry.domain.user.PasswordPolicy;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;

/**
 * Self-registration into a tenant that allows it: an active member with an unverified address, and
 * the verification link queued in the same unit of work. The member cannot log in before following
 * that link.
 */
public final class Register {
  private final UnitOfWork unitOfWork;
  private final TenantDirectory tenants;
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final OneTimeTokens oneTimeTokens;
  private final DomainEvents events;
  private final Clock clock;

  public Register(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      UserRepository users,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      OneTimeTokens oneTimeTokens,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.users = users;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.oneTimeTokens = oneTimeTokens;
    this.events = events;
    this.clock = clock;
  }

  public UserView register(RegisterCommand command) {
    TenantSnapshot tenant =
        command
            .tenant()
            .flatMap(tenants::bySlug)
            .filter(t -> t.isActive() && t.selfRegistration())
            .orElseThrow(
                () ->
                    new ForbiddenException(
                        "registration_closed", "this tenant does not accept registrations"));
    passwordPolicy.check(command.password(), command.email(), "password");
    // Hashed before the unit of work: no pooled connection is held while it burns a core.
    PasswordHash hash = hasher.hash(command.password());
    return unitOfWork.inTenant(
        tenant.ref(),
        () -> {
          User user =
              users.save(
                  User.register(
                      tenant.id(), command.email(), command.displayName(), hash, clock.instant()));
          oneTimeTokens.issue(tenant, user, TokenPurpose.EMAIL_VERIFICATION);
          events.publish(
              new UserRegistered(
                  Initiator.of(user), tenant.id(), user.id(), user.email(), user.roles()));
          return UserView.of(user);
        });
  }
}
