package io.tenantry.application.audit;

import static io.tenantry.application.audit.EntryShapes.changed;
import static io.tenantry.application.audit.EntryShapes.created;
import static io.tenantry.application.audit.EntryShapes.names;
import static io.tenantry.application.audit.EntryShapes.user;

import io.tenantry.application.event.RolesChanged;
import io.tenantry.application.event.UserDeleted;
import io.tenantry.application.event.UserDisabled;
import io.tenantry.application.event.UserInvited;
import io.tenantry.application.event.UserRegistered;
import io.tenantry.application.event.UserUnlocked;
import io.tenantry.application.event.UserUpdated;
import io.tenantry.domain.audit.AuditEventType;
import java.util.Map;
import java.util.TreeMap;

/** The audit entries of the user directory: accounts created, changed, locked out or deleted. */
final class DirectoryAuditEntries {
  private DirectoryAuditEntries() {}

  static void register(AuditEntries entries) {
    entries.on(
        UserInvited.class,
        e -> created(e.user(), "invitation", e.email().value(), names(e.roles())));
    entries.on(
        UserRegistered.class,
        e -> created(e.user(), "registration", e.email().value(), names(e.roles())));
    entries.on(UserUnlocked.class, e -> changed(e.user(), "unlocked"));
    entries.on(UserDisabled.class, e -> user(AuditEventType.USER_DISABLED, e.user(), Map.of()));
    // No address, as for a self-deletion: the user's id is the pseudonym the trail keeps.
    entries.on(
        UserDeleted.class,
        e ->
            user(
                AuditEventType.USER_DELETED,
                e.user(),
                Map.of("self", String.valueOf(e.user().equals(e.by().id())))));
    entries.on(
        RolesChanged.class,
        e ->
            user(
                AuditEventType.USER_ROLES_CHANGED,
                e.user(),
                Map.of("from", names(e.from()), "to", names(e.to()))));
    entries.on(
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
}
