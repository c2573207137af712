package io.tenantry.persistence.role;

import io.tenantry.domain.role.CustomRole;
import io.tenantry.domain.role.CustomRoleSnapshot;
import io.tenantry.domain.role.RoleRepository;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
import io.tenantry.persistence.shared.VersionCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The custom roles of the tenant whose schema the current unit of work is bound to. */
@ApplicationScoped
public class JpaRoleRepository implements RoleRepository {
  private static final Map<String, Permission> BY_VALUE =
      Arrays.stream(Permission.values())
          .collect(Collectors.toUnmodifiableMap(Permission::value, Function.identity()));

  @Inject EntityManager entityManager;

  @Override
  public List<CustomRole> findAll() {
    return RoleEntity.<RoleEntity>list("builtIn = false order by name").stream()
        .map(JpaRoleRepository::toDomain)
        .toList();
  }

  @Override
  public Optional<CustomRole> find(Role name) {
    return RoleEntity.<RoleEntity>findByIdOptional(name.name())
        .filter(entity -> !entity.builtIn)
        .map(JpaRoleRepository::toDomain);
  }

  @Override
  public CustomRole add(CustomRole role) {
    if (RoleEntity.findById(role.name().name()) != null) {
      throw new ConflictException("role_taken", "a role with this name exists");
    }
    RoleEntity entity = new RoleEntity();
    entity.name = role.name().name();
    entity.createdAt = role.revision().createdAt();
    copy(role, entity);
    // Flush now so that a concurrent add of the same name fails here, as role_taken.
    entity.persistAndFlush();
    return toDomain(entity);
  }

  @Override
  public CustomRole save(CustomRole role) {
    RoleEntity entity = RoleEntity.findById(role.name().name());
    if (entity == null || entity.builtIn) {
      throw new NotFoundException("role not found");
    }
    VersionCheck.requireCurrent(entity.version, role.revision().version());
    copy(role, entity);
    RoleEntity.flush();
    return toDomain(entity);
  }

  @Override
  public void delete(Role name) {
    RoleEntity.delete("name = ?1 and builtIn = false", name.name());
  }

  @Override
  public long countHolders(Role name) {
    Number count =
        (Number)
            entityManager
                .createNativeQuery("select count(*) from user_roles where role = :role")
                .setParameter("role", name.name())
                .getSingleResult();
    return count.longValue();
  }

  private static void copy(CustomRole role, RoleEntity entity) {
    entity.description = role.description();
    entity.permissions =
        role.permissions().stream()
            .map(Permission::value)
            .sorted()
            .collect(Collectors.joining(" "));
    entity.updatedAt = role.revision().updatedAt();
  }

  private static CustomRole toDomain(RoleEntity entity) {
    Set<Permission> permissions = EnumSet.noneOf(Permission.class);
    for (String value : entity.permissions.split(" ")) {
      // A value no longer known (a permission removed from the code) grants nothing.
      Optional.ofNullable(BY_VALUE.get(value)).ifPresent(permissions::add);
    }
    return CustomRole.restore(
        new CustomRoleSnapshot(
            new Role(entity.name),
            entity.description,
            permissions,
            entity.createdAt,
            entity.updatedAt,
            entity.version));
  }
}
