package io.tenantry.application.password;

import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.token.OneTimeTokens;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.UserRepository;
import io.tenantry.domain.user.UserStatus;
import java.util.Optional;

/**
 * Queues a password-reset link if an active account has this address; says nothing either way.
 * Callers answer before this runs, so the response cannot tell whether the account exists.
 */
public final class ForgotPassword {
  private final UnitOfWork unitOfWork;
  private final TenantDirectory tenants;
  private final UserRepository users;
  private final OneTimeTokens oneTimeTokens;

  public ForgotPassword(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      UserRepository users,
      OneTimeTokens oneTimeTokens) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.users = users;
    this.oneTimeTokens = oneTimeTokens;
  }

  /** Malformed tenant or address arrive empty and end here like unknown ones. */
  public void forgotPassword(Optional<TenantSlug> tenantSlug, Optional<Email> email) {
    Optional<TenantSnapshot> tenant =
        tenantSlug.flatMap(tenants::bySlug).filter(TenantSnapshot::isActive);
    if (email.isEmpty() || tenant.isEmpty()) {
      return;
    }
    unitOfWork.inTenant(
        tenant.get().ref(),
        () ->
            users
                .findByEmail(email.get())
                .filter(user -> user.status() == UserStatus.ACTIVE)
                .ifPresent(
                    user -> oneTimeTokens.issue(tenant.get(), user, TokenPurpose.PASSWORD_RESET)));
  }
}
