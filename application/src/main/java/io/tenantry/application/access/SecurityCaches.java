package io.tenantry.application.access;

import io.tenantry.application.access.CacheInvalidation.Kind;
import io.tenantry.application.event.AccountDeleted;
import io.tenantry.application.event.AccountLocked;
import io.tenantry.application.event.ApiKeyRevoked;
import io.tenantry.application.event.DomainEvent;
import io.tenantry.application.event.EmailVerified;
import io.tenantry.application.event.InvitationAccepted;
import io.tenantry.application.event.LoggedOut;
import io.tenantry.application.event.LoginFailed;
import io.tenantry.application.event.LoginSucceeded;
import io.tenantry.application.event.MfaDisabled;
import io.tenantry.application.event.MfaEnabled;
import io.tenantry.application.event.MfaReset;
import io.tenantry.application.event.PasswordChanged;
import io.tenantry.application.event.PasswordReset;
import io.tenantry.application.event.PlatformAdminAction;
import io.tenantry.application.event.RoleCreated;
import io.tenantry.application.event.RoleDeleted;
import io.tenantry.application.event.RoleUpdated;
import io.tenantry.application.event.RolesChanged;
import io.tenantry.application.event.SessionsRevoked;
import io.tenantry.application.event.TenantDeleted;
import io.tenantry.application.event.TenantSuspended;
import io.tenantry.application.event.TenantUpdated;
import io.tenantry.application.event.TokenReuseDetected;
import io.tenantry.application.event.UserChanged;
import io.tenantry.application.event.UserDeleted;
import io.tenantry.application.event.UserDisabled;
import io.tenantry.application.event.UserUnlocked;
import io.tenantry.application.event.UserUpdated;
import io.tenantry.application.event.WebhookChanged;
import io.tenantry.application.event.WebhookDisabled;
import io.tenantry.application.shared.EventSubscriber;
import io.tenantry.domain.apikey.ApiKeyId;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/**
 * After commit, drops what the security caches remember of a user or tenant that changed, so a
 * revocation (disable, delete, re-role, password change or reset, logout, session revocation, a
 * reused refresh token's revoked session, suspension, a revoked API key, a changed custom role)
 * takes effect on this replica's next request; {@link AnnounceInvalidations} sends the same
 * invalidations to the other replicas, which {@link #apply} them when they arrive.
 */
public final class SecurityCaches implements EventSubscriber {
  private final SessionGuard guard;
  private final TenantDirectory directory;
  private final ApiKeyGuard apiKeys;
  private final RoleDirectory roles;
  private final TenantCache webhooks;

  public SecurityCaches(
      SessionGuard guard,
      TenantDirectory directory,
      ApiKeyGuard apiKeys,
      RoleDirectory roles,
      TenantCache webhooks) {
    this.guard = guard;
    this.directory = directory;
    this.apiKeys = apiKeys;
    this.roles = roles;
    this.webhooks = webhooks;
  }

  @Override
  public void on(DomainEvent event) {
    invalidationsOf(event).forEach(this::apply);
  }

  /** Forgets the entry {@code invalidation} names; from this replica or another one. */
  public void apply(CacheInvalidation invalidation) {
    TenantId tenant = new TenantId(invalidation.tenant());
    switch (invalidation.kind()) {
      case USER -> guard.invalidate(tenant, new UserId(invalidation.subject()));
      case TENANT -> directory.invalidate(tenant);
      case ROLES -> roles.invalidate(tenant);
      case API_KEY -> apiKeys.forget(new ApiKeyId(invalidation.subject()));
      case WEBHOOKS -> webhooks.invalidate(tenant);
    }
  }

  /** Forgets everything: some invalidations may have been missed. */
  public void clearAll() {
    guard.clear();
    directory.clear();
    roles.clear();
    apiKeys.clear();
    webhooks.clear();
  }

  /** What {@code event} makes stale in the caches of every replica; nothing for most events. */
  public static List<CacheInvalidation> invalidationsOf(DomainEvent event) {
    if (event instanceof PlatformAdminAction e) {
      return invalidationsOf(e.action());
    }
    Optional<CacheInvalidation> user = userOf(event);
    if (user.isPresent()) {
      return List.of(user.get());
    }
    if (event instanceof TenantDeleted e) {
      TenantId id = e.tenant().id();
      return List.of(of(Kind.TENANT, id), of(Kind.ROLES, id), of(Kind.WEBHOOKS, id));
    }
    return otherOf(event).map(List::of).orElse(List.of());
  }

  private static Optional<CacheInvalidation> otherOf(DomainEvent event) {
    if (event instanceof TenantUpdated e) {
      return Optional.of(of(Kind.TENANT, e.tenant().id()));
    } else if (event instanceof TenantSuspended e) {
      return Optional.of(of(Kind.TENANT, e.tenant().id()));
    } else if (event instanceof RoleCreated e) {
      return Optional.of(of(Kind.ROLES, e.tenant()));
    } else if (event instanceof RoleUpdated e) {
      return Optional.of(of(Kind.ROLES, e.tenant()));
    } else if (event instanceof RoleDeleted e) {
      return Optional.of(of(Kind.ROLES, e.tenant()));
    } else if (event instanceof WebhookChanged e) {
      return Optional.of(of(Kind.WEBHOOKS, e.tenant()));
    } else if (event instanceof WebhookDisabled e) {
      return Optional.of(of(Kind.WEBHOOKS, e.tenant()));
    } else if (event instanceof ApiKeyRevoked e) {
      return Optional.of(new CacheInvalidation(Kind.API_KEY, e.tenant().value(), e.key().value()));
    }
    return Optional.empty();
  }

  /** The user whose state or profile the event changed. */
  private static Optional<CacheInvalidation> userOf(DomainEvent event) {
    if (event instanceof LoginFailed e) {
      return e.user().map(u -> user(e.tenant(), u));
    }
    return revocationOf(event).or(() -> profileChangeOf(event));
  }

  private static Optional<CacheInvalidation> revocationOf(DomainEvent event) {
    if (event instanceof UserDisabled e) {
      return Optional.of(user(e.tenant(), e.user()));
    } else if (event instanceof RolesChanged e) {
      return Optional.of(user(e.tenant(), e.user()));
    } else if (event instanceof UserDeleted e) {
      return Optional.of(user(e.tenant(), e.user()));
    } else if (event instanceof AccountDeleted e) {
      return Optional.of(user(e.tenant(), e.user()));
    } else if (event instanceof PasswordReset e) {
      return Optional.of(user(e.tenant(), e.user()));
    } else if (event instanceof LoggedOut e) {
      return Optional.of(user(e.tenant(), e.user()));
    } else if (event instanceof SessionsRevoked e) {
      return Optional.of(user(e.tenant(), e.user()));
    } else if (event instanceof PasswordChanged e) {
      return Optional.of(user(e.tenant(), e.user()));
    } else if (event instanceof TokenReuseDetected e) {
      return Optional.of(user(e.tenant(), e.user()));
    }
    return Optional.empty();
  }

  private static Optional<CacheInvalidation> profileChangeOf(DomainEvent event) {
    if (event instanceof UserChanged e) {
      return Optional.of(user(e.tenant(), e.user()));
    } else if (event instanceof UserUpdated e) {
      return Optional.of(user(e.tenant(), e.user()));
    } else if (event instanceof LoginSucceeded e) {
      return Optional.of(user(e.tenant(), e.user()));
    } else if (event instanceof AccountLocked e) {
      return Optional.of(user(e.tenant(), e.user()));
    } else if (event instanceof UserUnlocked e) {
      return Optional.of(user(e.tenant(), e.user()));
    } else if (event instanceof EmailVerified e) {
      return Optional.of(user(e.tenant(), e.user()));
    } else if (event instanceof InvitationAccepted e) {
      return Optional.of(user(e.tenant(), e.user()));
    } else if (event instanceof MfaEnabled e) {
      return Optional.of(user(e.tenant(), e.user()));
    } else if (event instanceof MfaDisabled e) {
      return Optional.of(user(e.tenant(), e.user()));
    } else if (event instanceof MfaReset e) {
      return Optional.of(user(e.tenant(), e.user()));
    }
    return Optional.empty();
  }

  private static CacheInvalidation user(TenantId tenant, UserId user) {
    return new CacheInvalidation(Kind.USER, tenant.value(), user.value());
  }

  private static CacheInvalidation of(Kind kind, TenantId tenant) {
    return new CacheInvalidation(kind, tenant.value(), null);
  }
}
