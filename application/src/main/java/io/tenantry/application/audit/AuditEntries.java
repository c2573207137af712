package io.tenantry.application.audit;

import io.tenantry.application.event.AccountDeleted;
import io.tenantry.application.event.AccountLocked;
import io.tenantry.application.event.ApiKeyCreated;
import io.tenantry.application.event.ApiKeyRefused;
import io.tenantry.application.event.ApiKeyRevoked;
import io.tenantry.application.event.ClientCreated;
import io.tenantry.application.event.ClientDeleted;
import io.tenantry.application.event.ClientSecretRotated;
import io.tenantry.application.event.ClientUpdated;
import io.tenantry.application.event.DomainEvent;
import io.tenantry.application.event.EmailVerified;
import io.tenantry.application.event.InvitationAccepted;
import io.tenantry.application.event.LoggedOut;
import io.tenantry.application.event.LoginFailed;
import io.tenantry.application.event.LoginSucceeded;
import io.tenantry.application.event.MfaDisabled;
import io.tenantry.application.event.MfaEnabled;
import io.tenantry.application.event.MfaFailed;
import io.tenantry.application.event.MfaReset;
import io.tenantry.application.event.PasswordChanged;
import io.tenantry.application.event.PasswordReset;
import io.tenantry.application.event.RecoveryCodeUsed;
import io.tenantry.application.event.RecoveryCodesRegenerated;
import io.tenantry.application.event.RoleCreated;
import io.tenantry.application.event.RoleDeleted;
import io.tenantry.application.event.RoleUpdated;
import io.tenantry.application.event.RolesChanged;
import io.tenantry.application.event.SessionsRevoked;
import io.tenantry.application.event.TenantCreated;
import io.tenantry.application.event.TenantDeleted;
import io.tenantry.application.event.TenantSuspended;
import io.tenantry.application.event.TenantUpdated;
import io.tenantry.application.event.TokenReuseDetected;
import io.tenantry.application.event.UserDeleted;
import io.tenantry.application.event.UserDisabled;
import io.tenantry.application.event.UserImported;
import io.tenantry.application.event.UserInvited;
import io.tenantry.application.event.UserRegistered;
import io.tenantry.application.event.UserUnlocked;
import io.tenantry.application.event.UserUpdated;
import io.tenantry.application.event.WebhookDisabled;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditTarget;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What each domain event leaves in the audit trail: its type, what it is about, and its details in
 * the stable key/value form the audit API shows. Events without an entry are not audited. Webhook
 * messages are made from the same entries, so every audited type can be subscribed.
 */
public final class AuditEntries {
  private final Map<Class<?>, Function<DomainEvent, Entry>> entries = new HashMap<>();

  public AuditEntries() {
    accountEvents();
    directoryEvents();
    tenantEvents();
    clientEvents();
    apiKeyEvents();
    roleEvents();
    migrationEvents();
    webhookEvents();
  }

  public Optional<Entry> of(DomainEvent event) {
    return Optional.ofNullable(entries.get(event.getClass())).map(entry -> entry.apply(event));
  }

  /**
   * The entry of a platform admin's action in the {@code system} trail: the tenant's own entry with
   * its slug added, or {@code tenant.deleted}, which only the platform's trail can keep.
   */
  Optional<Entry> onPlatformTrail(DomainEvent action) {
    if (action instanceof TenantDeleted deleted) {
      return Optional.of(
          tenant(
              AuditEventType.TENANT_DELETED,
              deleted.tenant().id(),
              Map.of("slug", deleted.tenant().slug().value())));
    }
    return of(action).map(entry -> entry.withDetail("slug", slugOf(action)));
  }

  private static String slugOf(DomainEvent action) {
    if (action instanceof TenantCreated e) {
      return e.tenant().slug().value();
    }
    if (action instanceof TenantUpdated e) {
      return e.tenant().slug().value();
    }
    if (action instanceof TenantSuspended e) {
      return e.tenant().slug().value();
    }
    throw new IllegalArgumentException("not a platform admin action: " + action.getClass());
  }

  private void accountEvents() {
    on(LoginSucceeded.class, e -> user(AuditEventType.LOGIN_SUCCEEDED, e.user(), Map.of()));
    on(
        LoginFailed.class,
        e ->
            new Entry(
                AuditEventType.LOGIN_FAILED,
                e.user().map(AuditTarget::user).orElse(AuditTarget.NONE),
                Map.of("email", e.email().value(), "reason", lower(e.reason()))));
    on(
        AccountLocked.class,
        e ->
            user(
                AuditEventType.ACCOUNT_LOCKED,
                e.user(),
                Map.of("locked_until", e.lockedUntil().map(Instant::toString).orElse(""))));
    on(
        LoggedOut.class,
        e -> user(AuditEventType.LOGOUT, e.user(), Map.of("scope", lower(e.scope()))));
    on(
        TokenReuseDetected.class,
        e ->
            user(
                AuditEventType.TOKEN_REUSE_DETECTED,
                e.user(),
                Map.of("family_id", e.familyId().toString())));
    on(
        SessionsRevoked.class,
        e ->
            user(
                AuditEventType.SESSION_REVOKED,
                e.user(),
                Map.of(
                    "scope", lower(e.scope()),
                    "session_id", e.session().map(Object::toString).orElse(""))));
    on(PasswordReset.class, e -> user(AuditEventType.PASSWORD_RESET, e.user(), Map.of()));
    on(PasswordChanged.class, e -> user(AuditEventType.PASSWORD_CHANGED, e.user(), Map.of()));
    on(EmailVerified.class, e -> changed(e.user(), "email_verified"));
    on(InvitationAccepted.class, e -> changed(e.user(), "invitation_accepted"));
    mfaEvents();
  }

  /** Never a secret, a code or a token: only who and what happened. */
  private void mfaEvents() {
    on(MfaEnabled.class, e -> user(AuditEventType.MFA_ENABLED, e.user(), Map.of("method", "totp")));
    on(MfaDisabled.class, e -> user(AuditEventType.MFA_DISABLED, e.user(), Map.of()));
    on(MfaReset.class, e -> user(AuditEventType.MFA_RESET, e.user(), Map.of()));
    on(
        RecoveryCodesRegenerated.class,
        e -> user(AuditEventType.MFA_RECOVERY_CODES_REGENERATED, e.user(), Map.of()));
    on(
        RecoveryCodeUsed.class,
        e -> user(AuditEventType.MFA_RECOVERY_CODE_USED, e.user(), Map.of()));
    on(
        MfaFailed.class,
        e -> user(AuditEventType.MFA_FAILED, e.user(), Map.of("reason", lower(e.reason()))));
  }

  private void directoryEvents() {
    on(
        UserInvited.class,
        e -> created(e.user(), "invitation", e.email().value(), names(e.roles())));
    on(
        UserRegistered.class,
        e -> created(e.user(), "registration", e.email().value(), names(e.roles())));
    on(UserUnlocked.class, e -> changed(e.user(), "unlocked"));
    on(UserDisabled.class, e -> user(AuditEventType.USER_DISABLED, e.user(), Map.of()));
    // No address, as for a self-deletion: the user's id is the pseudonym the trail keeps.
    on(
        UserDeleted.class,
        e ->
            user(
                AuditEventType.USER_DELETED,
                e.user(),
                Map.of("self", String.valueOf(e.user().equals(e.by().id())))));
    on(
        RolesChanged.class,
        e ->
            user(
                AuditEventType.USER_ROLES_CHANGED,
                e.user(),
                Map.of("from", names(e.from()), "to", names(e.to()))));
    on(
        UserUpdated.class,
        e -> {
          Map<String, String> changes = new TreeMap<>();
          e.displayName().ifPresent(n -> changes.put("display_name", n.value()));
          if (e.reactivated()) {
            changes.put("status", "active");
          }
          return user(AuditEventType.USER_UPDATED, e.user(), changes);
        });
  }

  private void tenantEvents() {
    on(
        TenantCreated.class,
        e -> {
          Map<String, String> details = new TreeMap<>();
          details.put("slug", e.tenant().slug().value());
          details.put("name", e.name().value());
          e.owner().ifPresent(owner -> details.put("owner", owner.value()));
          return tenant(AuditEventType.TENANT_CREATED, e.tenant().id(), details);
        });
    on(
        TenantSuspended.class,
        e -> tenant(AuditEventType.TENANT_SUSPENDED, e.tenant().id(), Map.of()));
    on(
        TenantUpdated.class,
        e -> {
          Map<String, String> changes = new TreeMap<>();
          e.name().ifPresent(n -> changes.put("name", n.value()));
          e.selfRegistration().ifPresent(open -> changes.put("self_registration", open.toString()));
          e.mfaRequired().ifPresent(on -> changes.put("mfa_required", on.toString()));
          if (e.reactivated()) {
            changes.put("status", "active");
          }
          return tenant(AuditEventType.TENANT_UPDATED, e.tenant().id(), changes);
        });
  }

  private void clientEvents() {
    on(
        ClientCreated.class,
        e ->
            client(
                AuditEventType.CLIENT_CREATED,
                e.client(),
                Map.of("name", e.name().value(), "type", e.type().wireName())));
    on(
        ClientUpdated.class,
        e ->
            client(
                AuditEventType.CLIENT_UPDATED,
                e.client(),
                Map.of("fields", String.join(",", new TreeSet<>(e.fields())))));
    on(
        ClientDeleted.class,
        e -> client(AuditEventType.CLIENT_DELETED, e.client(), Map.of("name", e.name().value())));
    on(
        ClientSecretRotated.class,
        e -> client(AuditEventType.CLIENT_SECRET_ROTATED, e.client(), Map.of()));
  }

  private static Entry client(AuditEventType type, ClientId id, Map<String, String> details) {
    return new Entry(type, AuditTarget.client(id), details);
  }

  private void apiKeyEvents() {
    on(
        ApiKeyCreated.class,
        e ->
            user(
                AuditEventType.API_KEY_CREATED,
                e.user(),
                Map.of("key_id", e.key().toString(), "name", e.name())));
    on(
        ApiKeyRevoked.class,
        e -> user(AuditEventType.API_KEY_REVOKED, e.user(), Map.of("key_id", e.key().toString())));
    on(
        ApiKeyRefused.class,
        e ->
            user(
                AuditEventType.API_KEY_FAILED,
                e.user(),
                Map.of("key_id", e.key().toString(), "reason", lower(e.reason()))));
  }

  private void roleEvents() {
    on(
        RoleCreated.class,
        e ->
            role(
                AuditEventType.ROLE_CREATED,
                e.role(),
                Map.of("permissions", values(e.permissions()))));
    on(
        RoleUpdated.class,
        e ->
            role(
                AuditEventType.ROLE_UPDATED,
                e.role(),
                Map.of("from", values(e.from()), "to", values(e.to()))));
    on(RoleDeleted.class, e -> role(AuditEventType.ROLE_DELETED, e.role(), Map.of()));
  }

  private void migrationEvents() {
    on(
        UserImported.class,
        e -> {
          Map<String, String> details = new TreeMap<>();
          details.put("via", "import");
          details.put("email", e.email().value());
          details.put("roles", names(e.roles()));
          details.put("credential", e.withPassword() ? "imported" : "none");
          e.externalId().ifPresent(id -> details.put("external_id", id));
          return user(AuditEventType.USER_CREATED, e.user(), details);
        });
    // No address: the row stays in the chain, the personal data the user asked to remove does not.
    on(
        AccountDeleted.class,
        e -> user(AuditEventType.USER_DELETED, e.user(), Map.of("self", "true")));
  }

  /** Only the automatic switch-off: endpoint changes by people are not in the trail (yet). */
  private void webhookEvents() {
    on(
        WebhookDisabled.class,
        e ->
            new Entry(
                AuditEventType.WEBHOOK_DISABLED,
                AuditTarget.webhook(e.webhook()),
                Map.of(
                    "reason", "deliveries_failing", "failing_since", e.failingSince().toString())));
  }

  private static Entry role(AuditEventType type, Role role, Map<String, String> details) {
    return new Entry(type, AuditTarget.role(role), details);
  }

  /** A stable, comma-separated form of a set of permissions. */
  private static String values(java.util.Set<Permission> permissions) {
    return permissions.stream().map(Permission::value).sorted().collect(Collectors.joining(","));
  }

  private <E extends DomainEvent> void on(Class<E> type, Function<E, Entry> entry) {
    entries.put(type, event -> entry.apply(type.cast(event)));
  }

  private static Entry user(AuditEventType type, UserId user, Map<String, String> details) {
    return new Entry(type, AuditTarget.user(user), details);
  }

  private static Entry tenant(
      AuditEventType type, io.tenantry.domain.tenant.TenantId id, Map<String, String> details) {
    return new Entry(type, AuditTarget.tenant(id), details);
  }

  private static Entry created(UserId user, String via, String email, String roles) {
    return user(
        AuditEventType.USER_CREATED, user, Map.of("via", via, "email", email, "roles", roles));
  }

  private static Entry changed(UserId user, String change) {
    return user(AuditEventType.USER_UPDATED, user, Map.of("change", change));
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** A stable, comma-separated form of a set of roles. */
  private static String names(java.util.Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
  }

  /** The audit row's type, target and details. */
  public record Entry(AuditEventType type, AuditTarget target, Map<String, String> details) {
    Entry withDetail(String key, String value) {
      Map<String, String> more = new TreeMap<>(details);
      more.put(key, value);
      return new Entry(type, target, more);
    }
  }
}
