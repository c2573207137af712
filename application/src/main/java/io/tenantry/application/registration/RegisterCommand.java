package io.tenantry.application.registration;

import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import java.util.Optional;

/**
 * A self-registration as sent by the person registering; a malformed tenant is empty and answered
 * like a closed one.
 */
public record RegisterCommand(
    Optional<TenantSlug> tenant, Email email, String password, DisplayName displayName) {
  @Override
  public String toString() {
    return "RegisterCommand[" + tenant + ", " + email + ", redacted]";
  }
}
