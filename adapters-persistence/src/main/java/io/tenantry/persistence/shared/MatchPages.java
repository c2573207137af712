package io.tenantry.persistence.shared;

import io.tenantry.domain.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A list page read from its match set, for a text search with at most the count's bound of matches
 * ({@link BoundedTotals#countingFirst}): the trigram indexes find the matches, then they are
 * sorted. A subquery with {@code offset 0} is not merged into the outer query, so the planner
 * cannot walk the sort key's index instead; it would, assuming the matches spread evenly, and when
 * they sit late in that order (or its estimate is off) it reads most of the table for one page:
 * {@code q=0042} at 10,000 tenants read 5,700 rows, {@code q=4242} at 100,000 users 3,527 pages.
 */
public final class MatchPages {

  private MatchPages() {}

  /**
   * The ids of page {@code page} of the rows of {@code table} matching {@code where} (its SQL
   * form), ordered by {@code column} then id.
   */
  public static List<UUID> ids(
      EntityManager entityManager,
      String table,
      Conditions where,
      String column,
      PageRequest<?> page) {
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        query(entityManager, "id", table, where, column, page, UUID.class).getResultList();
    return ids;
  }

  /**
   * The rows of page {@code page}, as {@link #ids} orders them, mapped to {@code entity} in the
   * same statement: for an entity whose every attribute is a column of {@code table}.
   */
  public static <E> List<E> rows(
      EntityManager entityManager,
      String table,
      Conditions where,
      String column,
      PageRequest<?> page,
      Class<E> entity) {
    return Pages.read(query(entityManager, "*", table, where, column, page, entity));
  }

  private static Query query(
      EntityManager entityManager,
      String select,
      String table,
      Conditions where,
      String column,
      PageRequest<?> page,
      Class<?> result) {
    String direction = page.sort().ascending() ? " asc" : " desc";
    Query query =
        entityManager
            .createNativeQuery(
                "select "
                    + select
                    + " from (select * from "
                    + table
                    + " where "
                    + where.sql()
                    + " offset 0) matches order by "
                    + column
                    + direction
                    // Unset values last in both directions (as a user's never-set last login).
                    + " nulls last, id"
                    + direction
                    + " offset :first limit :size",
                result)
            .setParameter("first", page.offset())
            .setParameter("size", page.size());
    where.parameters().map().forEach(query::setParameter);
    return query;
  }

  /** {@code rows} (read by id, in any order) put in the order of {@code ids}. */
  public static <E> List<E> inOrder(List<UUID> ids, List<E> rows, Function<E, UUID> idOf) {
    Map<UUID, E> byId = rows.stream().collect(Collectors.toMap(idOf, row -> row));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }
}
