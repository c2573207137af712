package io.tenantry.persistence.shared;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.shared.SortOrder;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import org.hibernate.jpa.HibernateHints;

/**
 * Reads list pages: the page request's sort over whitelisted entity attributes, its row range, and
 * read-only rows.
 */
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

  /**
   * The rows of {@code page} from {@code query}, read-only, and the row after them if there is one:
   * {@link BoundedTotals} tells from it whether the list goes on past the page, which for a page
   * beyond the count's bound spares a count that would walk the same rows again.
   */
  public static <E> List<E> read(PanacheQuery<E> query, PageRequest<?> page) {
    return query
        .range(page.offset(), page.offset() + page.size())
        // Read-only: no snapshot per row, nothing for the flush at commit to dirty-check.
        .withHint(HibernateHints.HINT_READ_ONLY, true)
        .list();
  }

  /**
   * The rows of an entity query that selects page {@code page} itself, read-only as in {@link
   * #read}.
   */
  @SuppressWarnings("unchecked")
  public static <E> List<E> read(Query query) {
    return query.setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
  }
}
