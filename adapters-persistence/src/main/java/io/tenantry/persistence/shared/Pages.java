package io.tenantry.persistence.shared;

import io.quarkus.panache.common.Sort;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.shared.SortOrder;
import java.util.Map;

/** Translates a page request's sort into a Panache sort over whitelisted entity attributes. */
public final class Pages {

  private Pages() {}

  /**
   * Maps the list's sort field to an entity attribute through {@code attributes}; ties are broken
   * by id for a stable order across pages.
   */
  public static <F extends Enum<F>> Sort sortOf(PageRequest<F> page, Map<F, String> attributes) {
    SortOrder<F> order = page.sort();
    String attribute = attributes.get(order.field());
    if (attribute == null) {
      throw new IllegalArgumentException("sort field is not sortable");
    }
    Sort.Direction direction =
        order.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
    return Sort.by(attribute, direction).and("id", direction);
  }

  /** The same order as {@link #sortOf} as an HQL {@code order by} list. */
  public static <F extends Enum<F>> String orderBy(PageRequest<F> page, Map<F, String> attributes) {
    SortOrder<F> order = page.sort();
    String attribute = attributes.get(order.field());
    if (attribute == null) {
      throw new IllegalArgumentException("sort field is not sortable");
    }
    String direction = order.ascending() ? "asc" : "desc";
    return attribute + " " + direction + ", id " + direction;
  }

  /** The last row index (inclusive) for Panache's {@code range}. */
  public static int lastIndex(PageRequest<?> page) {
    return page.offset() + page.size() - 1;
  }
}
