package io.tenantry.domain.role;

import io.tenantry.domain.shared.Revision;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A role a tenant defined for itself: a name that is not a built-in one, a description, and the
 * permissions it grants (never {@code platform:admin}, which exists only in tenant {@code system}).
 */
public final class CustomRole {
  private static final int MAX_DESCRIPTION = 200;

  private final Role name;
  private String description;
  private Set<Permission> permissions;
  private Revision revision;

  private CustomRole(CustomRoleSnapshot s) {
    this.name = Objects.requireNonNull(s.name());
    this.description = requireDescription(s.description());
    this.permissions = requirePermissions(s.permissions());
    this.revision = new Revision(s.createdAt(), s.updatedAt(), s.version());
  }

  /** A new role; its name must not be a built-in one. */
  public static CustomRole define(
      Role name, String description, Set<Permission> permissions, Instant now) {
    if (name.isBuiltIn()) {
      throw new RuleViolationException("name", "built-in role names cannot be reused");
    }
    return new CustomRole(new CustomRoleSnapshot(name, description, permissions, now, now, 0));
  }

  public static CustomRole restore(CustomRoleSnapshot snapshot) {
    return new CustomRole(snapshot);
  }

  public void describe(String newDescription, Instant now) {
    String checked = requireDescription(newDescription);
    if (!checked.equals(description)) {
      description = checked;
      revision = revision.touched(now);
    }
  }

  public void grantExactly(Set<Permission> newPermissions, Instant now) {
    Set<Permission> checked = requirePermissions(newPermissions);
    if (!checked.equals(permissions)) {
      permissions = checked;
      revision = revision.touched(now);
    }
  }

  private static String requireDescription(String description) {
    String text = description == null ? "" : description.strip();
    if (text.length() > MAX_DESCRIPTION) {
      throw new RuleViolationException("description", "at most " + MAX_DESCRIPTION + " characters");
    }
    return text;
  }

  private static Set<Permission> requirePermissions(Set<Permission> permissions) {
    if (permissions == null) {
      throw new RuleViolationException("permissions", "must be given");
    }
    if (permissions.contains(Permission.PLATFORM_ADMIN)) {
      throw new RuleViolationException(
          "permissions", "platform:admin cannot be part of a tenant's role");
    }
    return permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
  }

  public Role name() {
    return name;
  }

  public String description() {
    return description;
  }

  public Set<Permission> permissions() {
    return permissions;
  }

  public Revision revision() {
    return revision;
  }
}
