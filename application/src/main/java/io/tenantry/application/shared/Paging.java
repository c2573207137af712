package io.tenantry.application.shared;

import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.shared.SortOrder;
import java.util.Optional;
import java.util.Set;

/** Builds page requests from query parameters, with the list's sortable fields. */
public final class Paging {
  private Paging() {}

  public static PageRequest of(
      Integer page, Integer size, String sort, Set<String> sortable, SortOrder fallback) {
    return new PageRequest(
        page == null ? 0 : page,
        size == null ? PageRequest.DEFAULT_SIZE : size,
        SortOrder.parse(sort, sortable, fallback));
  }

  /** Blank filter text means no filter. */
  public static Optional<String> text(String raw) {
    return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
  }
}
