package io.tenantry.application.access;

import io.tenantry.application.event.AccountDeleted;
import io.tenantry.application.event.ApiKeyRevoked;
import io.tenantry.application.event.DomainEvent;
import io.tenantry.application.event.LoggedOut;
import io.tenantry.application.event.PasswordChanged;
import io.tenantry.application.event.PasswordReset;
import io.tenantry.application.event.RoleCreated;
import io.tenantry.application.event.RoleDeleted;
import io.tenantry.application.event.RoleUpdated;
import io.tenantry.application.event.RolesChanged;
import io.tenantry.application.event.SessionsRevoked;
import io.tenantry.application.event.TenantDeleted;
import io.tenantry.application.event.TenantSuspended;
import io.tenantry.application.event.TenantUpdated;
import io.tenantry.application.event.TokenReuseDetected;
import io.tenantry.application.event.UserDeleted;
import io.tenantry.application.event.UserDisabled;
import io.tenantry.application.event.UserUpdated;
import io.tenantry.application.shared.EventSubscriber;

/**
 * After commit, drops what the security caches remember of a user or tenant that changed, so a
 * revocation (disable, delete, re-role, password change or reset, logout, session revocation, a
 * reused refresh token's revoked session, suspension, a revoked API key, a changed custom role)
 * takes effect on this replica's next request.
 */
public final class SecurityCaches implements EventSubscriber {
  private final SessionGuard guard;
  private final TenantDirectory directory;
  private final ApiKeyGuard apiKeys;
  private final RoleDirectory roles;

  public SecurityCaches(
      SessionGuard guard, TenantDirectory directory, ApiKeyGuard apiKeys, RoleDirectory roles) {
    this.guard = guard;
    this.directory = directory;
    this.apiKeys = apiKeys;
    this.roles = roles;
  }

  @Override
  public void on(DomainEvent event) {
    if (event instanceof UserUpdated e) {
      guard.invalidate(e.tenant(), e.user());
    } else if (event instanceof UserDisabled e) {
      guard.invalidate(e.tenant(), e.user());
    } else if (event instanceof RolesChanged e) {
      guard.invalidate(e.tenant(), e.user());
    } else if (event instanceof UserDeleted e) {
      guard.invalidate(e.tenant(), e.user());
    } else if (event instanceof AccountDeleted e) {
      guard.invalidate(e.tenant(), e.user());
    } else if (event instanceof PasswordReset e) {
      guard.invalidate(e.tenant(), e.user());
    } else if (event instanceof LoggedOut e) {
      guard.invalidate(e.tenant(), e.user());
    } else if (event instanceof SessionsRevoked e) {
      guard.invalidate(e.tenant(), e.user());
    } else if (event instanceof PasswordChanged e) {
      guard.invalidate(e.tenant(), e.user());
    } else if (event instanceof TokenReuseDetected e) {
      guard.invalidate(e.tenant(), e.user());
    } else if (event instanceof TenantUpdated e) {
      directory.invalidate(e.tenant());
    } else if (event instanceof TenantSuspended e) {
      directory.invalidate(e.tenant());
    } else if (event instanceof TenantDeleted e) {
      directory.invalidate(e.tenant());
      roles.invalidate(e.tenant().id());
    } else if (event instanceof RoleCreated e) {
      roles.invalidate(e.tenant());
    } else if (event instanceof RoleUpdated e) {
      roles.invalidate(e.tenant());
    } else if (event instanceof RoleDeleted e) {
      roles.invalidate(e.tenant());
    } else if (event instanceof ApiKeyRevoked e) {
      apiKeys.forget(e.key());
    }
  }
}
