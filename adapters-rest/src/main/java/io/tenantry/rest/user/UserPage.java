package io.tenantry.rest.user;

import io.tenantry.domain.shared.Page;
import io.tenantry.rest.shared.ListTotals;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of users as the API returns it. */
public record UserPage(
    List<UserResponse> items,
    int page,
    int size,
    @Schema(description = ListTotals.TOTAL) long total,
    @Schema(description = ListTotals.TOTAL_EXACT) boolean totalExact) {
  public static <V> UserPage of(Page<V> page, Function<V, UserResponse> mapper) {
    return new UserPage(
        page.items().stream().map(mapper).toList(),
        page.page(),
        page.size(),
        page.total(),
        page.totalExact());
  }
}
