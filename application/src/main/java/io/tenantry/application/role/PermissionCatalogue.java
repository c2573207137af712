package io.tenantry.application.role;

import io.tenantry.domain.user.Permission;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Every permission a role can grant, with one line saying what it allows. */
public final class PermissionCatalogue {
  // A map rather than a field of the enum, so that permissions added elsewhere need no text here
  // to compile; those are listed with their value as description until they get one.
  private static final Map<Permission, String> DESCRIPTIONS =
      Map.ofEntries(
          Map.entry(Permission.USERS_READ, "Read the tenant's users (the directory)"),
          Map.entry(Permission.USERS_WRITE, "Invite, import, edit, disable and unlock users"),
          Map.entry(Permission.USERS_DELETE, "Delete users"),
          Map.entry(
              Permission.ROLES_ASSIGN, "Grant and take away roles whose permissions you hold"),
          Map.entry(Permission.AUDIT_READ, "Read the tenant's audit trail"),
          Map.entry(Permission.TENANT_READ, "Read the tenant's settings"),
          Map.entry(Permission.TENANT_UPDATE, "Change the tenant's settings"),
          Map.entry(Permission.PLATFORM_ADMIN, "Administer the platform (tenant system only)"),
          Map.entry(Permission.CLIENTS_WRITE, "Manage the tenant's OAuth clients"),
          Map.entry(Permission.WEBHOOKS_WRITE, "Manage the tenant's webhooks"),
          Map.entry(Permission.ROLES_MANAGE, "Define, change and delete the tenant's own roles"));

  private PermissionCatalogue() {}

  /** The permissions in declaration order, each with its description. */
  public static List<Entry> entries() {
    return Arrays.stream(Permission.values())
        .map(p -> new Entry(p, DESCRIPTIONS.getOrDefault(p, p.value())))
        .toList();
  }

  /** One permission and what it allows. */
  public record Entry(Permission permission, String description) {}
}
