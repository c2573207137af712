package io.tenantry.domain.role;

import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
import java.time.Instant;
import java.util.Set;

/** Every field of a custom role, for loading it from storage. */
public record CustomRoleSnapshot(
    Role name,
    String description,
    Set<Permission> permissions,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
