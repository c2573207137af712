package io.tenantry.rest.tenant;

import io.tenantry.domain.shared.Page;
import io.tenantry.rest.shared.ListTotals;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of tenants as the API returns it. */
public record TenantPage(
    List<TenantResponse> items,
    int page,
    int size,
    @Schema(description = ListTotals.TOTAL) long total,
    @Schema(description = ListTotals.TOTAL_EXACT) boolean totalExact) {
  public static <V> TenantPage of(Page<V> page, Function<V, TenantResponse> mapper) {
    return new TenantPage(
        page.items().stream().map(mapper).toList(),
        page.page(),
        page.size(),
        page.total(),
        page.totalExact());
  }
}
