package io.tenantry.application.migration;

import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.PasswordHash;
import io.tenantry.domain.user.Role;
import java.util.Optional;
import java.util.Set;

/** One user to import, at its position in the request, already in domain types. */
public record ImportRow(
    int index,
    Email email,
    DisplayName displayName,
    Set<Role> roles,
    boolean emailVerified,
    Optional<String> externalId,
    Optional<PasswordHash> passwordHash) {
  public ImportRow {
    roles = Set.copyOf(roles);
  }
}
