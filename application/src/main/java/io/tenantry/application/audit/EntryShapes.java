package io.tenantry.application.audit;

import io.tenantry.application.audit.AuditEntries.Entry;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditTarget;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The shapes audit entries share: their targets and the stable text of their details. */
final class EntryShapes {
  private EntryShapes() {}

  static Entry user(AuditEventType type, UserId user, Map<String, String> details) {
    return new Entry(type, AuditTarget.user(user), details);
  }

  static Entry tenant(AuditEventType type, TenantId id, Map<String, String> details) {
    return new Entry(type, AuditTarget.tenant(id), details);
  }

  static Entry client(AuditEventType type, ClientId id, Map<String, String> details) {
    return new Entry(type, AuditTarget.client(id), details);
  }

  static Entry role(AuditEventType type, Role role, Map<String, String> details) {
    return new Entry(type, AuditTarget.role(role), details);
  }

  static Entry created(UserId user, String via, String email, String roles) {
    return user(
        AuditEventType.USER_CREATED, user, Map.of("via", via, "email", email, "roles", roles));
  }

  static Entry changed(UserId user, String change) {
    return user(AuditEventType.USER_UPDATED, user, Map.of("change", change));
  }

  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** A stable, comma-separated form of a set of roles. */
  static String names(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
  }

  /** A stable, comma-separated form of a set of permissions. */
  static String values(Set<Permission> permissions) {
    return permissions.stream().map(Permission::value).sorted().collect(Collectors.joining(","));
  }
}
