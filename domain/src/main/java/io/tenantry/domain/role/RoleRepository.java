package io.tenantry.domain.role;

import io.tenantry.domain.user.Role;
import java.util.List;
import java.util.Optional;

/** The custom roles of the tenant the current unit of work is bound to. */
public interface RoleRepository {
  /** Every custom role of the tenant, by name. */
  List<CustomRole> findAll();

  Optional<CustomRole> find(Role name);

  /** Stores a new role; a name already taken (built-in names too) is {@code role_taken}. */
  CustomRole add(CustomRole role);

  /** Stores a changed role over the version it was read at, and returns the stored state. */
  CustomRole save(CustomRole role);

  /** Removes the role; a role still held by a user is {@code role_in_use}. */
  void delete(Role name);

  /** How many users hold the role. */
  long countHolders(Role name);
}
