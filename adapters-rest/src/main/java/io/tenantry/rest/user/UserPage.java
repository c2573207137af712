package io.tenantry.rest.user;

import io.tenantry.domain.shared.Page;
import java.util.List;
import java.util.function.Function;

/** A page of users as the API returns it. */
public record UserPage(List<UserResponse> items, int page, int size, long total) {
  public static <V> UserPage of(Page<V> page, Function<V, UserResponse> mapper) {
    return new UserPage(
        page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total());
  }
}
