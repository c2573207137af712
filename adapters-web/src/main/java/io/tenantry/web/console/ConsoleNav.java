package io.tenantry.web.console;

import io.quarkus.qute.TemplateData;
import io.tenantry.application.shared.Actor;
import io.tenantry.domain.user.Permission;
import java.util.Set;

/**
 * Which console sections the navigation shows a member: only those their permissions open. This
 * only decides what is drawn; every action is still authorised by the use case it calls.
 */
@TemplateData
public record ConsoleNav(
    boolean users,
    boolean manageUsers,
    boolean deleteUsers,
    boolean assignRoles,
    boolean audit,
    boolean settings,
    boolean updateSettings,
    boolean roles,
    boolean clients,
    boolean webhooks,
    boolean tenants) {

  public static ConsoleNav of(Actor actor) {
    Set<Permission> held = actor.permissions();
    return new ConsoleNav(
        held.contains(Permission.USERS_READ),
        held.contains(Permission.USERS_WRITE),
        held.contains(Permission.USERS_DELETE),
        held.contains(Permission.ROLES_ASSIGN),
        held.contains(Permission.AUDIT_READ),
        held.contains(Permission.TENANT_READ),
        held.contains(Permission.TENANT_UPDATE),
        held.contains(Permission.ROLES_MANAGE),
        held.contains(Permission.CLIENTS_WRITE),
        held.contains(Permission.WEBHOOKS_WRITE),
        actor.tenant().isSystem() && held.contains(Permission.PLATFORM_ADMIN));
  }
}
