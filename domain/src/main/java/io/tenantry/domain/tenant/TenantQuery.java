package io.tenantry.domain.tenant;

import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.shared.SortOrder;
import java.util.Optional;
import java.util.Set;

/** Filters for listing tenants: free text over slug and name, and status. */
public record TenantQuery(Optional<String> text, Optional<TenantStatus> status, PageRequest page) {
  public static final Set<String> SORTABLE = Set.of("slug", "name", "status", "created_at");
  public static final SortOrder DEFAULT_SORT = new SortOrder("created_at", true);
}
