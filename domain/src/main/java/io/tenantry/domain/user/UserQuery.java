package io.tenantry.domain.user;

import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.shared.SortOrder;
import java.util.Optional;

/** Filters for the user directory: text over e-mail and display name, status and role. */
public record UserQuery(
    Optional<String> text,
    Optional<UserStatus> status,
    Optional<Role> role,
    PageRequest<UserSort> page) {
  public static final SortOrder<UserSort> DEFAULT_SORT = SortOrder.asc(UserSort.CREATED_AT);
}
