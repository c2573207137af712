package io.tenantry.rest.shared;

import io.tenantry.domain.shared.Page;
import java.util.List;
import java.util.function.Function;

/** A page of a list as the API returns it. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {
  public static <V, T> PageResponse<T> of(Page<V> page, Function<V, T> mapper) {
    return new PageResponse<>(
        page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total());
  }
}
