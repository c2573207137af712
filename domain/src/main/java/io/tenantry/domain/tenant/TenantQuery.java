package io.tenantry.domain.tenant;

import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.shared.SortOrder;
import java.util.Optional;

/** Filters for listing tenants: free text over slug and name, and status. */
public record TenantQuery(
    Optional<String> text, Optional<TenantStatus> status, PageRequest<TenantSort> page) {
  public static final SortOrder<TenantSort> DEFAULT_SORT = SortOrder.asc(TenantSort.CREATED_AT);
}
