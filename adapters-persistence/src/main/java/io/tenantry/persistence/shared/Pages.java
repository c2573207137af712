package io.tenantry.persistence.shared;

import io.quarkus.panache.common.Sort;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.shared.SortOrder;
import java.util.Map;

/** Translates a page request's sort into a Panache sort over whitelisted entity attributes. */
public final class Pages {

  private Pages() {}

  /**
   * Maps the API's snake_case field to an attribute through {@code attributes} only, so user input
   * never reaches the query text; ties are broken by id for a stable order across pages.
   */
  public static Sort sortOf(PageRequest page, Map<String, String> attributes) {
    SortOrder order = page.sort();
    String attribute = attributes.get(order.field());
    if (attribute == null) {
      throw new IllegalArgumentException("sort field is not sortable");
    }
    Sort.Direction direction =
        order.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
    return Sort.by(attribute, direction).and("id", direction);
  }

  /** The last row index (inclusive) for Panache's {@code range}. */
  public static int lastIndex(PageRequest page) {
    return page.offset() + page.size() - 1;
  }
}
