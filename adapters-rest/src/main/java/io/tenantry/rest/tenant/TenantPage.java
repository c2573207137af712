package io.tenantry.rest.tenant;

import io.tenantry.domain.shared.Page;
import java.util.List;
import java.util.function.Function;

/** A page of tenants as the API returns it. */
public record TenantPage(List<TenantResponse> items, int page, int size, long total) {
  public static <V> TenantPage of(Page<V> page, Function<V, TenantResponse> mapper) {
    return new TenantPage(
        page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total());
  }
}
