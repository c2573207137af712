package io.tenantry.application.tenant;

import io.tenantry.application.auth.SessionIssuer;
import io.tenantry.application.user.UserView;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.shared.RuleViolationException;
import java.util.Optional;

/** Public sign-up: a new tenant, its owner and their first session; off unless enabled. */
public final class SignUpTenant {
  private final TenantProvisioning provisioning;
  private final SessionIssuer sessions;
  private final boolean enabled;

  public SignUpTenant(TenantProvisioning provisioning, SessionIssuer sessions, boolean enabled) {
    this.provisioning = provisioning;
    this.sessions = sessions;
    this.enabled = enabled;
  }

  public SignupResult signUp(CreateTenantCommand command) {
    if (!enabled) {
      throw new ForbiddenException("registration_closed", "public tenant sign-up is disabled");
    }
    if (command.ownerPassword().isEmpty()) {
      throw new RuleViolationException("owner.password", "must not be null");
    }
    return provisioning.createWithOwner(
        Optional.empty(),
        command,
        (tenant, owner) ->
            new SignupResult(
                TenantView.of(tenant),
                UserView.of(owner),
                sessions.startSession(tenant.ref(), owner)));
  }
}
