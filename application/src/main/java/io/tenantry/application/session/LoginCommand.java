package io.tenantry.application.session;

import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.Email;
import java.util.Optional;

/**
 * Credentials as presented. Tenant and e-mail are empty when they were malformed: a login with them
 * fails exactly like one with an unknown account, so no validation error tells anything.
 */
public record LoginCommand(Optional<TenantSlug> tenant, Optional<Email> email, String password) {
  @Override
  public String toString() {
    return "LoginCommand[" + tenant + ", " + email + ", redacted]";
  }
}
