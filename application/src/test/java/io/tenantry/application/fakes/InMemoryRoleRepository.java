package io.tenantry.application.fakes;

import io.tenantry.domain.role.CustomRole;
import io.tenantry.domain.role.CustomRoleSnapshot;
import io.tenantry.domain.role.RoleRepository;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Custom roles kept per tenant slug; saves bump the version and stale saves are refused. */
public final class InMemoryRoleRepository implements RoleRepository {
  private final InMemoryUnitOfWork unitOfWork;
  private final InMemoryUserRepository users;
  private final Map<TenantSlug, Map<String, CustomRole>> byTenant = new HashMap<>();

  public InMemoryRoleRepository(InMemoryUnitOfWork unitOfWork, InMemoryUserRepository users) {
    this.unitOfWork = unitOfWork;
    this.users = users;
  }

  @Override
  public List<CustomRole> findAll() {
    return List.copyOf(roles().values());
  }

  @Override
  public Optional<CustomRole> find(Role name) {
    return Optional.ofNullable(roles().get(name.name()));
  }

  @Override
  public CustomRole add(CustomRole role) {
    if (role.name().isBuiltIn() || roles().containsKey(role.name().name())) {
      throw new ConflictException("role_taken", "a role with this name exists");
    }
    roles().put(role.name().name(), role);
    return role;
  }

  @Override
  public CustomRole save(CustomRole role) {
    CustomRole stored = roles().get(role.name().name());
    if (stored == null) {
      throw new NotFoundException("role not found");
    }
    if (stored.revision().version() != role.revision().version()) {
      throw new ConflictException("version_conflict", "stale");
    }
    CustomRole next =
        CustomRole.restore(
            new CustomRoleSnapshot(
                role.name(),
                role.description(),
                role.permissions(),
                role.revision().createdAt(),
                role.revision().updatedAt(),
                role.revision().version() + 1));
    roles().put(role.name().name(), next);
    return next;
  }

  @Override
  public void delete(Role name) {
    roles().remove(name.name());
  }

  @Override
  public long countHolders(Role name) {
    return users.countHolding(name);
  }

  private Map<String, CustomRole> roles() {
    return byTenant.computeIfAbsent(unitOfWork.currentTenant(), t -> new TreeMap<>());
  }
}
