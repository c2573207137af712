package io.tenantry.application.registration;

import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.event.Initiator;
import io.tenantry.application.event.UserRegistered;
import io.tenantry.application.user.NewUsers;
import io.tenantry.application.user.UserView;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.PasswordHash;
import io.tenantry.domain.user.PasswordPolicy;
import io.tenantry.domain.user.User;
import java.time.Clock;
import java.util.Optional;

/**
 * Self-registration into a tenant that allows it: an active member with an unverified address, and
 * the verification link queued in the same unit of work. The member cannot log in before following
 * that link.
 */
public final class Register {
  private final TenantDirectory tenants;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final NewUsers newUsers;
  private final Clock clock;

  public Register(
      TenantDirectory tenants,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      NewUsers newUsers,
      Clock clock) {
    this.tenants = tenants;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.newUsers = newUsers;
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
    return newUsers.addAlone(
        tenant,
        User.register(tenant.id(), command.email(), command.displayName(), hash, clock.instant()),
        Optional.of(TokenPurpose.EMAIL_VERIFICATION),
        user ->
            new UserRegistered(
                Initiator.of(user), tenant.id(), user.id(), user.email(), user.roles()));
  }
}
