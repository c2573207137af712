package io.tenantry.application.role;

import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.role.CustomRole;
import io.tenantry.domain.role.RoleRepository;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The permission catalogue, and the caller's tenant's roles: built in first, then its own. */
public final class ReadRoles {
  private final UnitOfWork unitOfWork;
  private final RoleRepository roles;

  public ReadRoles(UnitOfWork unitOfWork, RoleRepository roles) {
    this.unitOfWork = unitOfWork;
    this.roles = roles;
  }

  /** Open to every authenticated caller: it names what exists, not who holds it. */
  public List<PermissionCatalogue.Entry> permissions(Actor actor) {
    return PermissionCatalogue.entries();
  }

  public List<RoleView> list(Actor actor) {
    actor.require(Permission.ROLES_MANAGE);
    List<RoleView> all = new ArrayList<>();
    RoleView.TENANT_BUILT_INS.forEach(role -> all.add(RoleView.builtIn(role)));
    unitOfWork.inTenant(actor.tenantRef(), roles::findAll).stream()
        .sorted(Comparator.comparing(role -> role.name().name()))
        .map(RoleView::of)
        .forEach(all::add);
    return all;
  }

  public RoleView get(Actor actor, Role name) {
    actor.require(Permission.ROLES_MANAGE);
    if (RoleView.TENANT_BUILT_INS.contains(name)) {
      return RoleView.builtIn(name);
    }
    return RoleView.of(unitOfWork.inTenant(actor.tenantRef(), () -> load(roles, name)));
  }

  static CustomRole load(RoleRepository roles, Role name) {
    return roles.find(name).orElseThrow(() -> new NotFoundException("role not found"));
  }
}
