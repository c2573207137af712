package io.tenantry.domain.user;

import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.shared.SortOrder;
import java.util.Optional;
import java.util.Set;

/** Filters for the user directory: text over e-mail and display name, status and role. */
public record UserQuery(
    Optional<String> text, Optional<UserStatus> status, Optional<Role> role, PageRequest page) {
  public static final Set<String> SORTABLE =
      Set.of("email", "display_name", "status", "created_at", "last_login_at");
  public static final SortOrder DEFAULT_SORT = new SortOrder("created_at", true);
}
