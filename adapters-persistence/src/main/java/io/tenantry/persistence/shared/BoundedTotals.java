package io.tenantry.persistence.shared;

import io.tenantry.domain.shared.Page;
import io.tenantry.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.IntToLongFunction;
import java.util.function.Supplier;

/**
 * Puts a list page together with its total, counting the matches only up to a bound: an exact
 * {@code count(*)} over 100,000 users or a million audit events reads every match on every page. Up
 * to the bound (or up to the end of the page asked for, whichever is further) the total is exact;
 * above it the page says the total is a lower bound.
 */
@ApplicationScoped
public class BoundedTotals {

  @Inject ListsConfig lists;
  @Inject EntityManager entityManager;

  /**
   * {@code items} as page {@code request} of the {@code entity} rows matching {@code where}; the
   * count walks the rows in the order {@code orderBy} (an HQL order-by list: the page's own order,
   * or any order an index serves for every filter).
   */
  public <T> Page<T> page(
      List<T> items, PageRequest<?> request, String entity, Conditions where, String orderBy) {
    return page(items, request, limit -> count(entity, where, orderBy, limit));
  }

  /**
   * {@code items} as page {@code request}, the matches counted by {@code counter}, which counts at
   * most the number of matches it is given (a cheaper statement than the list's own, e.g. over the
   * filter's table alone). {@code items} may hold one row more than the page ({@link Pages#read}):
   * it says the list goes on, and is not part of the page.
   */
  public <T> Page<T> page(List<T> items, PageRequest<?> request, IntToLongFunction counter) {
    int offset = request.offset();
    boolean goesOn = items.size() > request.size();
    List<T> page = goesOn ? items.subList(0, request.size()) : items;
    if (!goesOn && (!page.isEmpty() || offset == 0)) {
      // No row after the page: its end is the total, no count is needed.
      return new Page<>(page, request.page(), request.size(), offset + page.size());
    }
    int bound = bound(request);
    if (goesOn && offset + request.size() >= bound) {
      // A page that reaches the bound and goes on: the total is past the bound, as a count
      // would say after walking the page's rows again (2,020 of them for page 100).
      return new Page<>(page, request.page(), request.size(), bound, false);
    }
    return totalled(page, request, counter.applyAsLong(bound + 1), bound);
  }

  /**
   * For a filter whose matches may sit anywhere in the page's order (a text search): counts first,
   * then reads the page with {@code few} when the matches are within the bound (they can be read
   * whole and sorted), else with {@code many} (so many matches that walking the order finds a page
   * of them soon). The planner assumes matches are spread evenly over the sort key's index; when
   * they sit at its far end, a walk of that index reads most of the table for a page of them.
   */
  public <T> Page<T> countingFirst(
      PageRequest<?> request,
      String entity,
      Conditions where,
      Supplier<List<T>> few,
      Supplier<List<T>> many) {
    int bound = bound(request);
    long counted = count(entity, where, "id", bound + 1);
    List<T> items = counted > bound ? many.get() : few.get();
    return totalled(
        items.subList(0, Math.min(items.size(), request.size())), request, counted, bound);
  }

  private int bound(PageRequest<?> request) {
    return Math.max(lists.countLimit(), request.offset() + request.size());
  }

  private static <T> Page<T> totalled(
      List<T> items, PageRequest<?> request, long counted, int bound) {
    return counted > bound
        ? new Page<>(items, request.page(), request.size(), bound, false)
        : new Page<>(items, request.page(), request.size(), counted);
  }

  /**
   * Counts at most {@code limit} matches: the database stops reading at the limit. HQL wants an
   * order with a limit in a subquery; the page's own order lets the count walk the same index.
   */
  private long count(String entity, Conditions where, String orderBy, int limit) {
    TypedQuery<Long> query =
        entityManager.createQuery(
            "select count(*) from (select id as id from "
                + entity
                + " where "
                + where.hql()
                + " order by "
                + orderBy
                + " limit :countLimit) matches",
            Long.class);
    where.parameters().map().forEach(query::setParameter);
    return query.setParameter("countLimit", limit).getSingleResult();
  }
}
